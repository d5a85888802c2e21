package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.List;

/** A hosted file search: output item {@code file_search_call}. */
@StreamEvent(type = "file_search_call")
public interface FileSearchCallItem extends IdentifiedItem {
    @Nullable
    List<String> queries();

    /** @return the matches, when the request included them */
    @Nullable
    List<FileSearchResult> results();
}
