package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** The error of a failed response ({@code response.error}). */
@StreamValue
public interface ResponseError extends WireObject {
    /** @return a code such as {@code server_error} or {@code rate_limit_exceeded} */
    @Nullable
    String code();

    String message();
}
