package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete arguments of an MCP tool call: {@code response.mcp_call_arguments.done}. */
@StreamEvent(type = "response.mcp_call_arguments.done")
public interface McpCallArgumentsDone extends ItemEvent {
    /** @return the arguments, a JSON text */
    String arguments();
}
