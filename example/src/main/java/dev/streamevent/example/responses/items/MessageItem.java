package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.content.ContentPart;
import java.util.List;

/** An assistant message: output item {@code message}. */
@StreamEvent(type = "message")
public interface MessageItem extends IdentifiedItem {
    /** @return always {@code assistant} for output */
    @Nullable
    String role();

    /** @return the content parts: {@code output_text} and {@code refusal} */
    List<ContentPart> content();

    /** @return {@code commentary} or {@code final_answer}, on newer models */
    @Nullable
    String phase();
}
