package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.List;

/** A topic on which fusion panel models disagree. */
@StreamValue
public interface FusionContradiction extends WireObject {
    @Nullable
    String topic();

    @Nullable
    List<FusionStance> stances();
}
