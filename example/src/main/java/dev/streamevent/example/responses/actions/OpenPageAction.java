package dev.streamevent.example.responses.actions;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** Opening a page from the results: web search action {@code open_page}. */
@StreamEvent(type = "open_page")
public interface OpenPageAction extends WebSearchAction, WireObject {
    @Nullable
    String url();
}
