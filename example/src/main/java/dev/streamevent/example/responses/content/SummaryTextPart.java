package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** Text of a reasoning summary: summary part {@code summary_text}. */
@StreamEvent(type = "summary_text")
public interface SummaryTextPart extends SummaryPart, WireObject {
    String text();
}
