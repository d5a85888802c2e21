package dev.streamevent.benchmarks.peers;

import java.io.IOException;
import java.util.Optional;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.Families;

/**
 * DSL-JSON with its compile-time converters ({@code @CompiledJson}, discriminator {@code type}), on its documented
 * fast path: one reused reader and writer per thread, converters looked up once.
 */
public final class DslJsonPeer implements Peer {

    private final DslJson<Object> dsl = new DslJson<>(Settings.withRuntime().includeServiceLoader());
    private final JsonReader<Object> reader = dsl.newReader();
    private final JsonWriter writer = dsl.newWriter();
    private final JsonReader.ReadObject<Event> family = dsl.tryFindReader(Event.class);
    private final JsonWriter.WriteObject<Event> familyWriter = dsl.tryFindWriter(Event.class);

    @Override
    public Object decodeFamily(byte[] json) throws IOException {
        return read(family, json);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        JsonReader.ReadObject<? extends Event> member = dsl.tryFindReader(Families.EVENTS.member(type));
        if (member == null) {
            throw new IllegalStateException("DSL-JSON has no converter for " + type);
        }
        return json -> read(member, json);
    }

    @Override
    public byte[] encode(Object event) {
        writer.reset();
        familyWriter.write(writer, (Event) event);
        return writer.toByteArray();
    }

    @Override
    public Optional<String> limitation(Suite suite) {
        // DSL-JSON reads a union only when its discriminator is the object's first member.
        return suite == Suite.LARGE
                ? Optional.of("DSL-JSON reads a union only when \"type\" comes first; this response's output items"
                        + " start with \"id\"")
                : Optional.empty();
    }

    private Object read(JsonReader.ReadObject<?> converter, byte[] json) throws IOException {
        reader.process(json, json.length);
        reader.getNextToken();
        return converter.read(reader);
    }
}
