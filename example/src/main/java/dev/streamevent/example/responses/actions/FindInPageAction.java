package dev.streamevent.example.responses.actions;

import dev.streamevent.StreamEvent;

/** A search for a pattern within an opened page: web search action {@code find_in_page} (what real streams send). */
@StreamEvent(type = "find_in_page")
public interface FindInPageAction extends FindInPageBase {
}
