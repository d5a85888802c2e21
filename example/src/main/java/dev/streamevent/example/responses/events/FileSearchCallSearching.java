package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A file search call is searching: {@code response.file_search_call.searching}. */
@StreamEvent(type = "response.file_search_call.searching")
public interface FileSearchCallSearching extends ItemEvent {
}
