package dev.streamevent.example.responses.actions;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** The members of a search within a page. */
public interface FindInPageBase extends WebSearchAction, WireObject {
    @Nullable
    String url();

    @Nullable
    String pattern();
}
