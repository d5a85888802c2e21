package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** The reasoning settings a response ran with ({@code response.reasoning}). */
@StreamValue
public interface ReasoningConfig extends WireObject {
    /** @return {@code none}, {@code minimal}, {@code low}, {@code medium}, {@code high}, ... */
    @Nullable
    String effort();

    /** @return {@code auto}, {@code concise}, {@code detailed}, ... */
    @Nullable
    String summary();

    /** @return the deprecated name of {@code summary}, still echoed by 2025-03 servers */
    @Nullable
    String generateSummary();
}
