package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;
import java.math.BigDecimal;

/** Token usage of a response ({@code response.usage}), with OpenRouter's cost members. */
@StreamValue
public interface Usage extends WireObject {
    int inputTokens();

    @Nullable
    InputTokensDetails inputTokensDetails();

    int outputTokens();

    @Nullable
    OutputTokensDetails outputTokensDetails();

    int totalTokens();

    /** @return OpenRouter: the cost of the request in credits */
    @Nullable
    BigDecimal cost();

    /** @return OpenRouter: whether the request used the caller's own provider key */
    @Nullable
    Boolean isByok();

    /** @return OpenRouter: the upstream cost breakdown */
    @Nullable
    CostDetails costDetails();

    /** @return OpenRouter: usage of server-side tools */
    @Nullable
    JsonValue serverToolUseDetails();
}
