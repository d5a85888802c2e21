package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An MCP tool call succeeded: {@code response.mcp_call.completed}. */
@StreamEvent(type = "response.mcp_call.completed")
public interface McpCallCompleted extends ItemEvent {
}
