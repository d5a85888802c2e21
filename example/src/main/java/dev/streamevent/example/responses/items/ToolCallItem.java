package dev.streamevent.example.responses.items;

/** A mixin for items that call a tool the client runs, and which the client answers by {@code call_id}. */
public interface ToolCallItem {
    /** @return the id to answer the call with */
    String callId();
}
