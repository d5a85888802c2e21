package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A task delegated to a sub-agent: output item {@code openrouter:subagent}. */
@StreamEvent(type = "openrouter:subagent")
public interface OpenRouterSubagentItem extends OpenRouterToolItem {
    @Nullable
    String callId();

    @Nullable
    String model();

    @Nullable
    String instanceName();

    @Nullable
    String name();

    @Nullable
    String taskName();

    @Nullable
    String taskDescription();

    @Nullable
    String outcome();

    @Nullable
    String error();
}
