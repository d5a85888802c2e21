package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.OptionalInt;

/** Control of a virtual computer: tool {@code computer_use_preview}. */
@StreamEvent(type = "computer_use_preview")
public interface ComputerUsePreviewTool extends Tool, WireObject {
    /** @return {@code browser}, {@code mac}, {@code windows}, {@code ubuntu}, ... */
    @Nullable
    String environment();

    OptionalInt displayWidth();

    OptionalInt displayHeight();
}
