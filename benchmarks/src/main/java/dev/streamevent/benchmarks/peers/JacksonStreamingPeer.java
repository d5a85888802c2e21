package dev.streamevent.benchmarks.peers;

import com.fasterxml.jackson.core.JsonFactory;

import dev.streamevent.benchmarks.peers.model.Event;

/** jackson-core alone, with a hand-written streaming reader and writer: Jackson without databind's overhead. */
public final class JacksonStreamingPeer implements Peer {

    private final JsonFactory factory = new JsonFactory();
    private final JacksonStreamingReader reader = new JacksonStreamingReader(factory);
    private final JacksonStreamingWriter writer = new JacksonStreamingWriter(factory);

    @Override
    public Object decodeFamily(byte[] json) throws Exception {
        return reader.event(json);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        return reader.concrete(type);
    }

    @Override
    public byte[] encode(Object event) throws Exception {
        return writer.event((Event) event);
    }
}
