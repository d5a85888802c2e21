package dev.streamevent.example.responses.tools;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;
import java.util.List;

/** The settings shared by every version of the hosted web search tool. */
public interface WebSearchOptions extends Tool, WireObject {
    /** @return allowed domains, when restricted */
    @Nullable
    JsonValue filters();

    @Nullable
    UserLocation userLocation();

    /** @return {@code low}, {@code medium} or {@code high} */
    @Nullable
    String searchContextSize();

    @Nullable
    Boolean externalWebAccess();

    @Nullable
    List<String> searchContentTypes();
}
