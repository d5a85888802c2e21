package dev.streamevent.example.responses.events;

/** An event about one output item: carries {@code item_id} and {@code output_index}. */
public interface ItemEvent extends SequencedEvent {
    /** @return the id of the output item the event belongs to */
    String itemId();

    /** @return the position of that item in the response's {@code output} list */
    int outputIndex();
}
