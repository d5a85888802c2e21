package golden;

import dev.streamevent.DefaultValue;
import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.StreamValue;
import dev.streamevent.UnknownFields;
import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

@StreamEvent(type = "response.output_item.done")
public interface Representative {
    String type();

    String itemId();

    int outputIndex();

    @JsonName("imageB64")
    String imageB64();

    @Nullable
    String note();

    Optional<Usage> usage();

    OptionalInt sequenceNumber();

    List<List<String>> tags();

    Map<String, Usage> usageByModel();

    OpenEnum<Status> status();

    @DefaultValue
    default double temperature() {
        return 1.0;
    }

    @UnknownFields
    Map<String, JsonValue> unknownFields();

    enum Status { IN_PROGRESS, COMPLETED }

    @StreamValue
    interface Usage {
        long inputTokens();
    }

    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @interface Nullable {
    }
}
