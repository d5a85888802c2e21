package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** Commands the client runs in its local shell: tool {@code local_shell}. */
@StreamEvent(type = "local_shell")
public interface LocalShellTool extends Tool, WireObject {
}
