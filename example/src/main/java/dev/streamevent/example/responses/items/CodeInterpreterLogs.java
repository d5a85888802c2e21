package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** Text a code interpreter run printed: code interpreter output {@code logs}. */
@StreamEvent(type = "logs")
public interface CodeInterpreterLogs extends CodeInterpreterOutput, WireObject {
    String logs();
}
