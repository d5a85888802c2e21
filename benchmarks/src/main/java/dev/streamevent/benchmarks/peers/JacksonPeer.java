package dev.streamevent.benchmarks.peers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.Families;

/** Jackson databind with the Blackbird module (lambda-based accessors), readers and writers resolved once. */
public final class JacksonPeer implements Peer {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new BlackbirdModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ObjectReader family = mapper.readerFor(Event.class);
    private final ObjectWriter writer = mapper.writerFor(Event.class);

    @Override
    public Object decodeFamily(byte[] json) throws Exception {
        return family.readValue(json);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        ObjectReader reader = mapper.readerFor(Families.EVENTS.member(type));
        return reader::readValue;
    }

    @Override
    public byte[] encode(Object event) throws Exception {
        return writer.writeValueAsBytes(event);
    }
}
