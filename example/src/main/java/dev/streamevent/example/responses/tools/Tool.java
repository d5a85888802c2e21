package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamFamily;

/** A tool the request offered, as echoed in {@code response.tools}: the family keyed on {@code type}. */
@StreamFamily
public interface Tool {
    /** @return {@code function}, {@code web_search}, {@code file_search}, {@code mcp}, ... */
    String type();
}
