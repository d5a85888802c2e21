package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A web search call finished: {@code response.web_search_call.completed}. */
@StreamEvent(type = "response.web_search_call.completed")
public interface WebSearchCallCompleted extends OutputIndexFirst, ItemEvent {
}
