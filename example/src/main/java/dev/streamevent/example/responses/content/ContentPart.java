package dev.streamevent.example.responses.content;

import dev.streamevent.StreamFamily;

/** One content part of a message or reasoning item: the family keyed on {@code type} ({@code output_text}, {@code refusal}, {@code reasoning_text}). */
@StreamFamily
public interface ContentPart {
    /** @return {@code output_text}, {@code refusal} or {@code reasoning_text} */
    String type();
}
