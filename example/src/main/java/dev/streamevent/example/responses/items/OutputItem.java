package dev.streamevent.example.responses.items;

import dev.streamevent.StreamFamily;

/** One item of a response's {@code output}: the family keyed on {@code type} ({@code message}, {@code function_call}, ...). */
@StreamFamily
public interface OutputItem {
    /** @return the item type, such as {@code message} or {@code openrouter:web_search} */
    String type();
}
