package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A web search call is searching: {@code response.web_search_call.searching}. */
@StreamEvent(type = "response.web_search_call.searching")
public interface WebSearchCallSearching extends OutputIndexFirst, ItemEvent {
}
