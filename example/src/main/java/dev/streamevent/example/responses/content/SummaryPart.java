package dev.streamevent.example.responses.content;

import dev.streamevent.StreamFamily;

/** One part of a reasoning item's {@code summary}: the family keyed on {@code type} ({@code summary_text}). */
@StreamFamily
public interface SummaryPart {
    /** @return {@code summary_text} */
    String type();
}
