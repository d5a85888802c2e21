package demo;

import dev.streamevent.StreamFamily;

@StreamFamily
public interface Event {
    String type();
}
