package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.model.Response;

/** An event that carries a snapshot of the whole {@code response} object ({@code response.created}, {@code .completed}, ...). */
public interface ResponseLifecycleEvent extends SequencedEvent {
    /** @return the response as it stands at this point of the stream */
    Response response();
}
