package dev.streamevent.example.responses.events;

/** An event about one content part of an output item: adds {@code content_index}. */
public interface ContentEvent extends ItemEvent {
    /** @return the position of the content part in the item's {@code content} list */
    int contentIndex();
}
