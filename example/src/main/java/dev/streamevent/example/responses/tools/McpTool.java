package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** The tools of a remote MCP server: tool {@code mcp}. */
@StreamEvent(type = "mcp")
public interface McpTool extends Tool, WireObject {
    @Nullable
    String serverLabel();

    @Nullable
    String serverUrl();

    @Nullable
    String connectorId();

    @Nullable
    String serverDescription();

    /** @return a list of names, or a filter object */
    @Nullable
    JsonValue allowedTools();

    /** @return {@code always}, {@code never}, or a filter object */
    @Nullable
    JsonValue requireApproval();

    @Nullable
    JsonValue headers();
}
