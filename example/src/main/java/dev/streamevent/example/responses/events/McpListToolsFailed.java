package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** Listing an MCP server's tools failed: {@code response.mcp_list_tools.failed}. */
@StreamEvent(type = "response.mcp_list_tools.failed")
public interface McpListToolsFailed extends ItemEvent {
}
