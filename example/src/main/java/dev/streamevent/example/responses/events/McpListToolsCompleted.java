package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** Listing an MCP server's tools succeeded: {@code response.mcp_list_tools.completed}. */
@StreamEvent(type = "response.mcp_list_tools.completed")
public interface McpListToolsCompleted extends ItemEvent {
}
