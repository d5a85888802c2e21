package dev.streamevent.example.responses.items;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** A safety check the user must acknowledge before a computer action ({@code pending_safety_checks[]}). */
@StreamValue
public interface PendingSafetyCheck extends WireObject {
    @Nullable
    String id();

    @Nullable
    String code();

    @Nullable
    String message();
}
