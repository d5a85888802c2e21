package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** Advice from a second model: output item {@code openrouter:advisor}. */
@StreamEvent(type = "openrouter:advisor")
public interface OpenRouterAdvisorItem extends OpenRouterToolItem {
    @Nullable
    String model();

    @Nullable
    String instanceName();

    @Nullable
    String prompt();

    @Nullable
    String advice();

    @Nullable
    String error();
}
