package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;

/** Hosted web search, pinned preview version: tool {@code web_search_preview_2025_03_11}. */
@StreamEvent(type = "web_search_preview_2025_03_11")
public interface WebSearchPreview20250311Tool extends WebSearchOptions {
}
