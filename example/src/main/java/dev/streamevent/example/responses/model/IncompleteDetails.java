package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** Why a response is incomplete ({@code response.incomplete_details}). */
@StreamValue
public interface IncompleteDetails extends WireObject {
    /** @return {@code max_output_tokens}, {@code content_filter}, ... */
    @Nullable
    String reason();
}
