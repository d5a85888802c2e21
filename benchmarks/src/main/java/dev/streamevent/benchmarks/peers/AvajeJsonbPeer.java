package dev.streamevent.benchmarks.peers;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.Families;
import io.avaje.jsonb.JsonType;
import io.avaje.jsonb.Jsonb;

/** avaje-jsonb with its generated adapters ({@code @Json}, {@code @Json.SubType}), types resolved once. */
public final class AvajeJsonbPeer implements Peer {

    private final Jsonb jsonb = Jsonb.builder().build();
    private final JsonType<Event> family = jsonb.type(Event.class);

    @Override
    public Object decodeFamily(byte[] json) {
        return family.fromJson(json);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        JsonType<? extends Event> member = jsonb.type(Families.EVENTS.member(type));
        return member::fromJson;
    }

    @Override
    public byte[] encode(Object event) {
        return family.toJsonBytes((Event) event);
    }
}
