package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** An image a code interpreter run produced: code interpreter output {@code image}. */
@StreamEvent(type = "image")
public interface CodeInterpreterImage extends CodeInterpreterOutput, WireObject {
    String url();
}
