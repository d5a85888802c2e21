package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An output item is complete (image results arrive here, in {@code item.result}): {@code response.output_item.done}. */
@StreamEvent(type = "response.output_item.done")
public interface OutputItemDone extends OutputItemEvent {
}
