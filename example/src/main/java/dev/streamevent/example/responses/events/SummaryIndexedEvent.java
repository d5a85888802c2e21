package dev.streamevent.example.responses.events;

/** An event about one reasoning-summary part of a reasoning item: adds {@code summary_index}. */
public interface SummaryIndexedEvent extends ItemEvent {
    /** @return the position of the summary part in the reasoning item's {@code summary} list */
    int summaryIndex();
}
