package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** The output of one command of a shell call, with its exit or timeout outcome. */
@StreamValue
public interface ShellCommandOutput extends WireObject {
    @Nullable
    String stdout();

    @Nullable
    String stderr();

    /** @return {@code {"type":"exit","exit_code":0}} or {@code {"type":"timeout"}} */
    @Nullable
    JsonValue outcome();
}
