package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.content.ContentPart;
import dev.streamevent.example.responses.content.SummaryPart;
import java.util.List;

/** The model's reasoning: output item {@code reasoning}. */
@StreamEvent(type = "reasoning")
public interface ReasoningItem extends IdentifiedItem {
    /** @return the reasoning summary parts (empty unless a summary was requested) */
    @Nullable
    List<SummaryPart> summary();

    /** @return raw reasoning text parts ({@code reasoning_text}), sent for open-weight models */
    @Nullable
    List<ContentPart> content();

    /** @return the encrypted reasoning, to pass back in a stateless follow-up */
    @Nullable
    String encryptedContent();

    /** @return OpenRouter: the provider format of the reasoning */
    @Nullable
    String format();

    /** @return OpenRouter: the provider's reasoning signature */
    @Nullable
    String signature();
}
