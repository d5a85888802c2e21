package dev.streamevent.benchmarks.peers;

import java.nio.charset.StandardCharsets;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.Families;

/**
 * Gson with reflective adapters resolved once. Gson reads text, not bytes: its fastest path from {@code byte[]} is a
 * {@code String}. HTML escaping is off, as for any JSON API.
 */
public final class GsonPeer implements Peer {

    private final Gson gson = families(new GsonBuilder()).disableHtmlEscaping().create();
    private final TypeAdapter<Event> family = gson.getAdapter(Event.class);

    @Override
    public Object decodeFamily(byte[] json) throws Exception {
        return family.fromJson(new String(json, StandardCharsets.UTF_8));
    }

    @Override
    public Decoder concreteDecoder(String type) {
        TypeAdapter<? extends Event> member = gson.getAdapter(Families.EVENTS.member(type));
        return json -> member.fromJson(new String(json, StandardCharsets.UTF_8));
    }

    @Override
    public byte[] encode(Object event) {
        return family.toJson((Event) event).getBytes(StandardCharsets.UTF_8);
    }

    private static GsonBuilder families(GsonBuilder builder) {
        for (Families<?> family : Families.ALL) {
            builder.registerTypeAdapterFactory(new GsonTypeKeyAdapterFactory<>(family));
        }
        return builder;
    }
}
