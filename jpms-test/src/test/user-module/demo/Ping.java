package demo;

import dev.streamevent.StreamEvent;

@StreamEvent(type = "response.ping")
public interface Ping extends Event {
    String itemId();

    int sequenceNumber();
}
