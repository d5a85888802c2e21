package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** The approximate user location given to web search ({@code user_location}). */
@StreamValue
public interface UserLocation extends WireObject {
    /** @return always {@code approximate} */
    @Nullable
    String type();

    @Nullable
    String country();

    @Nullable
    String region();

    @Nullable
    String city();

    @Nullable
    String timezone();
}
