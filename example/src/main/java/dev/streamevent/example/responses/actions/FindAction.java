package dev.streamevent.example.responses.actions;

import dev.streamevent.StreamEvent;

/** A search for a pattern within an opened page, under its earlier documented name: web search action {@code find}. */
@StreamEvent(type = "find")
public interface FindAction extends FindInPageBase {
}
