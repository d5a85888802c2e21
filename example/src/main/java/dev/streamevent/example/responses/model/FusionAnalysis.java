package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.List;

/** The structured analysis an OpenRouter fusion analyst produces from its panel. */
@StreamValue
public interface FusionAnalysis extends WireObject {
    @Nullable
    List<String> consensus();

    @Nullable
    List<FusionContradiction> contradictions();

    @Nullable
    List<FusionPartialCoverage> partialCoverage();

    @Nullable
    List<FusionInsight> uniqueInsights();

    @Nullable
    List<String> blindSpots();
}
