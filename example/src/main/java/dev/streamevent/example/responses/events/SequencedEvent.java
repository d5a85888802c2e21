package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.WireObject;
import java.util.OptionalInt;

/** The members every event shares: the optional {@code sequence_number} (absent in 2025-03 streams) and the kept unknown members. */
public interface SequencedEvent extends ResponseStreamEvent, WireObject {
    /**
     * The position of the event in its stream. Early (2025-03) OpenAI streams send none.
     *
     * @return the sequence number, or empty when the server sent none
     */
    OptionalInt sequenceNumber();
}
