package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The commands of a shell call ({@code shell_call.action}). */
@StreamValue
public interface ShellAction extends WireObject {
    @Nullable
    List<String> commands();

    OptionalLong timeoutMs();

    OptionalInt maxOutputLength();
}
