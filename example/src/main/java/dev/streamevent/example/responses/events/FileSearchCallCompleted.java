package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A file search call finished: {@code response.file_search_call.completed}. */
@StreamEvent(type = "response.file_search_call.completed")
public interface FileSearchCallCompleted extends ItemEvent {
}
