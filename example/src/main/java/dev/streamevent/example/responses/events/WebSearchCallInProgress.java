package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A web search call started: {@code response.web_search_call.in_progress}. */
@StreamEvent(type = "response.web_search_call.in_progress")
public interface WebSearchCallInProgress extends OutputIndexFirst, ItemEvent {
}
