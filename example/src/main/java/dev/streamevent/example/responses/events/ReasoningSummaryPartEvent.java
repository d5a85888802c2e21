package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.content.SummaryPart;

/** An event that carries a whole reasoning-summary part ({@code response.reasoning_summary_part.added} and {@code .done}). */
public interface ReasoningSummaryPartEvent extends SummaryIndexedEvent {
    /** @return the summary part, usually {@code summary_text} */
    SummaryPart part();
}
