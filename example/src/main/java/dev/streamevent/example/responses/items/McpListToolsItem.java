package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.runtime.JsonValue;
import java.util.List;

/** The tools a remote MCP server offers: output item {@code mcp_list_tools}. */
@StreamEvent(type = "mcp_list_tools")
public interface McpListToolsItem extends IdentifiedItem {
    @Nullable
    String serverLabel();

    @Nullable
    List<McpListedTool> tools();

    @Nullable
    JsonValue error();
}
