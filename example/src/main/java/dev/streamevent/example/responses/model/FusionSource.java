package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** A web page a fusion run retrieved. */
@StreamValue
public interface FusionSource extends WireObject {
    @Nullable
    String url();

    @Nullable
    String title();
}
