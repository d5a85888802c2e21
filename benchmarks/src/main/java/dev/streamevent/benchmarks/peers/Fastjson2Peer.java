package dev.streamevent.benchmarks.peers;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONReader;
import com.alibaba.fastjson2.JSONWriter;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.Families;

/**
 * fastjson2 from {@code byte[]}, polymorphism by {@code @JSONType(typeKey = "type", seeAlso = ...)}. Open-ended JSON
 * binds to plain {@code HashMap}/{@code ArrayList} ({@code UseNativeObject}) and is written without class names:
 * inside a typed member fastjson2 otherwise adds {@code "@type":"com.alibaba.fastjson2.JSONObject"} to it.
 */
public final class Fastjson2Peer implements Peer {

    @Override
    public Object decodeFamily(byte[] json) {
        return JSON.parseObject(json, Event.class, JSONReader.Feature.UseNativeObject);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        Class<? extends Event> member = Families.EVENTS.member(type);
        return json -> JSON.parseObject(json, member, JSONReader.Feature.UseNativeObject);
    }

    @Override
    public byte[] encode(Object event) {
        return JSON.toJSONBytes(event, JSONWriter.Feature.NotWriteHashMapArrayListClassName);
    }
}
