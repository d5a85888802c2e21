package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.runtime.JsonValue;

/** A call of a tool on a remote MCP server: output item {@code mcp_call}. */
@StreamEvent(type = "mcp_call")
public interface McpCallItem extends IdentifiedItem {
    @Nullable
    String serverLabel();

    /** @return the tool name */
    String name();

    /** @return the arguments, a JSON text */
    @Nullable
    String arguments();

    @Nullable
    String output();

    /** @return the error: a string in older payloads, an object in newer ones */
    @Nullable
    JsonValue error();

    @Nullable
    String approvalRequestId();
}
