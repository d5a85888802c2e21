package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.actions.WebSearchAction;

/** A hosted web search: output item {@code web_search_call}. */
@StreamEvent(type = "web_search_call")
public interface WebSearchCallItem extends IdentifiedItem {
    /** @return what the search did; absent on the {@code output_item.added} of real streams */
    @Nullable
    WebSearchAction action();
}
