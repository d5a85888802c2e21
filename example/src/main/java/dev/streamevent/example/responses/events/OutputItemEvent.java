package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.items.OutputItem;

/** An event that carries a whole output item ({@code response.output_item.added} and {@code .done}). */
public interface OutputItemEvent extends SequencedEvent {
    /** @return the position of the item in the response's {@code output} list */
    int outputIndex();

    /** @return the item; an unknown item type decodes as {@code UnknownOutputItem} */
    OutputItem item();
}
