package dev.streamevent.benchmarks.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.streamevent.runtime.JsonValue;

/** The three benchmark suites, each a list of real events (see {@code corpus/SOURCES.md} for where they come from). */
public enum Suite {
    /** One ~150-byte event: a real {@code response.image_generation_call.completed}. */
    SMALL("small.jsonl"),
    /** A real function-call stream's 11 events, in order: lifecycle snapshots, items, argument deltas. */
    MIX("mix.jsonl"),
    /** A real 5 KB {@code response.completed} with reasoning summaries and a message. */
    LARGE("large.jsonl");

    private final String resource;

    Suite(String resource) {
        this.resource = resource;
    }

    /** @return the suite's events, one JSON document each, in stream order */
    public List<byte[]> events() {
        try (InputStream in = Suite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus resource " + resource);
            }
            return splitLines(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the name of the corpus file, beside this class */
    public String resource() {
        return resource;
    }

    /**
     * @param event one event's JSON
     * @return its {@code type}
     */
    public static String typeOf(byte[] event) {
        JsonValue type = ((JsonValue.ObjectValue) JsonValue.parse(event)).get("type");
        return ((JsonValue.StringValue) type).value();
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return List.copyOf(lines);
    }
}
