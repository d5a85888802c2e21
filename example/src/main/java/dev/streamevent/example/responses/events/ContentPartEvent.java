package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.content.ContentPart;

/** An event that carries a whole content part ({@code response.content_part.added} and {@code .done}). */
public interface ContentPartEvent extends ContentEvent {
    /** @return the content part; {@code output_text}, {@code refusal} or {@code reasoning_text} */
    ContentPart part();
}
