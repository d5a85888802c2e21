package dev.streamevent.example.responses.items;

import dev.streamevent.StreamFamily;

/** One output of a code interpreter run: the family keyed on {@code type} ({@code logs}, {@code image}). */
@StreamFamily
public interface CodeInterpreterOutput {
    /** @return {@code logs} or {@code image} */
    String type();
}
