package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.ErrorDetail;

/**
 * An error in the stream: {@code error}, in either of its two shapes.
 *
 * <p>The documented shape is flat, {@code {"type":"error","code":..,"message":..,"param":..}}. Real OpenAI servers send
 * it nested, {@code {"type":"error","error":{"type":..,"code":..,"message":..,"param":..}}}. Every member is
 * therefore nullable; {@link #effectiveMessage()} reads whichever shape arrived.
 */
@StreamEvent(type = "error")
public interface ErrorEvent extends SequencedEvent {
    /** @return the error code of the flat shape; may be {@code null} even there */
    @Nullable
    String code();

    /** @return the message of the flat shape */
    @Nullable
    String message();

    /** @return the offending request parameter of the flat shape */
    @Nullable
    String param();

    /** @return the nested error object that real servers send */
    @Nullable
    ErrorDetail error();

    /**
     * The message of whichever shape arrived.
     *
     * @return the flat {@code message}, else the nested {@code error.message}, else {@code null}
     */
    default String effectiveMessage() {
        if (message() != null) {
            return message();
        }
        ErrorDetail detail = error();
        return detail == null ? null : detail.message();
    }

    /**
     * The code of whichever shape arrived.
     *
     * @return the flat {@code code}, else the nested {@code error.code}, else {@code null}
     */
    default String effectiveCode() {
        if (code() != null) {
            return code();
        }
        ErrorDetail detail = error();
        return detail == null ? null : detail.code();
    }
}
