package dev.streamevent.example.responses.actions;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.List;

/** A web search query: web search action {@code search}. */
@StreamEvent(type = "search")
public interface SearchAction extends WebSearchAction, WireObject {
    /** @return the query (deprecated by OpenAI in favour of {@code queries}, still sent) */
    @Nullable
    String query();

    /** @return the queries; sent on {@code output_item.done} only */
    @Nullable
    List<String> queries();

    /** @return the sources found, when the request included them */
    @Nullable
    List<WebSearchSource> sources();
}
