package dev.streamevent.benchmarks.peers;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.adapters.PolymorphicJsonAdapterFactory;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.Families;
import okio.Buffer;

/**
 * Moshi with its reflective class adapters (its code generation is for Kotlin only) and
 * {@code PolymorphicJsonAdapterFactory} keyed on {@code type}, adapters resolved once; bytes go through okio.
 */
public final class MoshiPeer implements Peer {

    private final Moshi moshi = families(new Moshi.Builder()).build();
    private final JsonAdapter<Event> family = moshi.adapter(Event.class);

    @Override
    public Object decodeFamily(byte[] json) throws Exception {
        return family.fromJson(new Buffer().write(json));
    }

    @Override
    public Decoder concreteDecoder(String type) {
        JsonAdapter<? extends Event> member = moshi.adapter(Families.EVENTS.member(type));
        return json -> member.fromJson(new Buffer().write(json));
    }

    @Override
    public byte[] encode(Object event) throws Exception {
        Buffer out = new Buffer();
        family.toJson(out, (Event) event);
        return out.readByteArray();
    }

    private static Moshi.Builder families(Moshi.Builder builder) {
        for (Families<?> family : Families.ALL) {
            builder.add(polymorphic(family));
        }
        return builder;
    }

    private static <T> PolymorphicJsonAdapterFactory<T> polymorphic(Families<T> family) {
        PolymorphicJsonAdapterFactory<T> factory = PolymorphicJsonAdapterFactory.of(family.base(), "type");
        for (var member : family.members().entrySet()) {
            factory = factory.withSubtype(member.getValue(), member.getKey());
        }
        return factory;
    }
}
