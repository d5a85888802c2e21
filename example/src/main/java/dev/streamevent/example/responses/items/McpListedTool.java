package dev.streamevent.example.responses.items;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** One tool an MCP server offers ({@code mcp_list_tools.tools[]}). */
@StreamValue
public interface McpListedTool extends WireObject {
    String name();

    @Nullable
    String description();

    @Nullable
    JsonValue inputSchema();

    @Nullable
    JsonValue annotations();
}
