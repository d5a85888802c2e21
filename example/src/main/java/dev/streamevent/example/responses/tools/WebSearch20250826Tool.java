package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;

/** Hosted web search, pinned version: tool {@code web_search_2025_08_26}. */
@StreamEvent(type = "web_search_2025_08_26")
public interface WebSearch20250826Tool extends WebSearchOptions {
}
