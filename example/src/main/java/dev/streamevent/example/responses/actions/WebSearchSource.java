package dev.streamevent.example.responses.actions;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** One source a web search used ({@code action.sources[]}). */
@StreamValue
public interface WebSearchSource extends WireObject {
    /** @return {@code url} (or {@code api} for OpenAI's data providers) */
    @Nullable
    String type();

    @Nullable
    String url();

    /** @return the provider name of an {@code api} source */
    @Nullable
    String name();
}
