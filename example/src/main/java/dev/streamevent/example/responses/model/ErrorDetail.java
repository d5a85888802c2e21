package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** The nested {@code error} object of a real {@code error} event. */
@StreamValue
public interface ErrorDetail extends WireObject {
    /** @return the error class, such as {@code server_error} or {@code insufficient_quota} */
    @Nullable
    String type();

    @Nullable
    String code();

    @Nullable
    String message();

    @Nullable
    String param();
}
