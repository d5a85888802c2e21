package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;

/** Hosted web search, preview: tool {@code web_search_preview}. */
@StreamEvent(type = "web_search_preview")
public interface WebSearchPreviewTool extends WebSearchOptions {
}
