package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** The model's refusal to answer: content part {@code refusal}. */
@StreamEvent(type = "refusal")
public interface RefusalPart extends ContentPart, WireObject {
    String refusal();
}
