package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A request for the user to approve an MCP tool call: output item {@code mcp_approval_request}. */
@StreamEvent(type = "mcp_approval_request")
public interface McpApprovalRequestItem extends IdentifiedItem {
    @Nullable
    String serverLabel();

    String name();

    @Nullable
    String arguments();
}
