package dev.streamevent.example.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.JsonException;
import dev.streamevent.runtime.JsonValue;

/**
 * The round-trip check of one event: decode, encode, decode again and get an equal value; and, because every
 * catalogue type keeps its unknown members, the re-encoded JSON equals the input as a JSON value (member order aside).
 */
final class RoundTrip {

    private RoundTrip() {
    }

    /**
     * @param input the event's JSON as received
     * @param decoded its decoded form
     * @return why the round trip is not exact, or empty when it is
     */
    static Optional<String> check(byte[] input, ResponseStreamEvent decoded) {
        EventKind kind = EventKind.of(decoded);
        if (kind != EventKind.TYPED) {
            return Optional.of(kind == EventKind.UNKNOWN ? "unknown event type" : "invalid event");
        }
        byte[] encoded = ResponseStreamEventCodec.INSTANCE.encode(decoded);
        ResponseStreamEvent again;
        try {
            again = ResponseStreamEventCodec.INSTANCE.decode(encoded);
        } catch (JsonException e) {
            return Optional.of("its own encoding does not decode: " + e.getMessage());
        }
        if (!again.equals(decoded)) {
            return Optional.of("decode, encode, decode gives a different value: " + again);
        }
        JsonValue in = JsonValue.parse(input);
        JsonValue out = JsonValue.parse(encoded);
        return firstDifference("$", in, out).map(path -> "the re-encoded JSON differs from the input at " + path);
    }

    /** The path of the first place where two JSON values differ, comparing objects by member name. */
    static Optional<String> firstDifference(String path, JsonValue a, JsonValue b) {
        if (a instanceof JsonValue.ObjectValue objectA && b instanceof JsonValue.ObjectValue objectB) {
            Map<String, JsonValue> membersA = objectA.members();
            Map<String, JsonValue> membersB = objectB.members();
            for (Map.Entry<String, JsonValue> member : membersA.entrySet()) {
                JsonValue other = membersB.get(member.getKey());
                if (other == null) {
                    return Optional.of(path + "." + member.getKey() + " (missing from the output)");
                }
                Optional<String> inner = firstDifference(path + "." + member.getKey(), member.getValue(), other);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (String name : membersB.keySet()) {
                if (!membersA.containsKey(name)) {
                    return Optional.of(path + "." + name + " (added by the output)");
                }
            }
            return Optional.empty();
        }
        if (a instanceof JsonValue.ArrayValue arrayA && b instanceof JsonValue.ArrayValue arrayB) {
            List<JsonValue> elementsA = arrayA.elements();
            List<JsonValue> elementsB = arrayB.elements();
            if (elementsA.size() != elementsB.size()) {
                return Optional.of(path + " (" + elementsA.size() + " elements in, " + elementsB.size() + " out)");
            }
            Iterator<JsonValue> other = elementsB.iterator();
            int index = 0;
            for (JsonValue element : elementsA) {
                Optional<String> inner = firstDifference(path + "[" + index++ + "]", element, other.next());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return a.equals(b) ? Optional.empty() : Optional.of(path + " (" + a + " in, " + b + " out)");
    }
}
