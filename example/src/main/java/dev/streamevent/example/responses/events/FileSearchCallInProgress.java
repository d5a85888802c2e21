package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A file search call started: {@code response.file_search_call.in_progress}. */
@StreamEvent(type = "response.file_search_call.in_progress")
public interface FileSearchCallInProgress extends ItemEvent {
}
