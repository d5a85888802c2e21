package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An MCP tool call failed: {@code response.mcp_call.failed}. */
@StreamEvent(type = "response.mcp_call.failed")
public interface McpCallFailed extends ItemEvent {
}
