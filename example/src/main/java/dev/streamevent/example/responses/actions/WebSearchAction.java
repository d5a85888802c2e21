package dev.streamevent.example.responses.actions;

import dev.streamevent.StreamFamily;

/** What a web search call did: the family keyed on {@code type} ({@code search}, {@code open_page}, {@code find_in_page}). */
@StreamFamily
public interface WebSearchAction {
    /** @return {@code search}, {@code open_page}, {@code find_in_page} (or the older {@code find}) */
    String type();
}
