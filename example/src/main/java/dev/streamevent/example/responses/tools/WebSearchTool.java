package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;

/** Hosted web search: tool {@code web_search}. */
@StreamEvent(type = "web_search")
public interface WebSearchTool extends WebSearchOptions {
}
