package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of an MCP tool call's JSON arguments: {@code response.mcp_call_arguments.delta}. */
@StreamEvent(type = "response.mcp_call_arguments.delta")
public interface McpCallArgumentsDelta extends ItemEvent, StreamedDelta {
}
