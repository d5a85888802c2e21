package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** An MCP tool call run by OpenRouter (camelCase wire names): output item {@code openrouter:mcp}. */
@StreamEvent(type = "openrouter:mcp")
public interface OpenRouterMcpItem extends OpenRouterToolItem {
    @Nullable
    @JsonName("serverLabel")
    String serverLabel();

    @Nullable
    @JsonName("toolName")
    String toolName();
}
