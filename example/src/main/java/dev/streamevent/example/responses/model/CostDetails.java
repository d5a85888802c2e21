package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.math.BigDecimal;

/** OpenRouter's upstream cost breakdown ({@code usage.cost_details}). */
@StreamValue
public interface CostDetails extends WireObject {
    @Nullable
    BigDecimal upstreamInferenceCost();

    @Nullable
    BigDecimal upstreamInferenceInputCost();

    @Nullable
    BigDecimal upstreamInferenceOutputCost();
}
