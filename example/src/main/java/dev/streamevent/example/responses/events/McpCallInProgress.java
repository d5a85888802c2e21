package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An MCP tool call started: {@code response.mcp_call.in_progress}. */
@StreamEvent(type = "response.mcp_call.in_progress")
public interface McpCallInProgress extends ItemEvent {
}
