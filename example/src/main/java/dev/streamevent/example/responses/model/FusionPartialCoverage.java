package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.List;

/** A point that only some fusion panel models covered. */
@StreamValue
public interface FusionPartialCoverage extends WireObject {
    @Nullable
    String point();

    @Nullable
    List<String> models();
}
