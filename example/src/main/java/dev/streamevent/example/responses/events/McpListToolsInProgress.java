package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** Listing an MCP server's tools started: {@code response.mcp_list_tools.in_progress}. */
@StreamEvent(type = "response.mcp_list_tools.in_progress")
public interface McpListToolsInProgress extends ItemEvent {
}
