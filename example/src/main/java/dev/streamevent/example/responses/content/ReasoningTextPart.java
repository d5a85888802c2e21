package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** Raw reasoning text: content part {@code reasoning_text}. */
@StreamEvent(type = "reasoning_text")
public interface ReasoningTextPart extends ContentPart, WireObject {
    String text();
}
