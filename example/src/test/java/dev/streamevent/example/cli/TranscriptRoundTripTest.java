package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.InvalidMember;
import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.UnknownMember;
import dev.streamevent.runtime.sse.PayloadSource;
import org.junit.jupiter.api.Test;

/**
 * Every event of every shared transcript is typed (no unknown or invalid member), and, because every catalogue type
 * keeps its unknown members, decode then encode loses nothing: decoding the encoding gives an equal value, and the
 * encoding equals the input as a JSON value, explicit {@code null} members included.
 */
class TranscriptRoundTripTest {
    private static final ResponseStreamEventCodec CODEC = ResponseStreamEventCodec.INSTANCE;

    @Test
    void everyTranscriptEventRoundTripsLosslessly() throws Exception {
        List<Path> files = SharedTranscripts.files();
        int events = 0;
        int unknown = 0;
        int invalid = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            int index = 0;
            try (PayloadSource source = EventFiles.open(file)) {
                for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                    index++;
                    events++;
                    String where = file.getFileName() + " #" + index;
                    ResponseStreamEvent event = CODEC.decodeLenient(payload);
                    if (event instanceof UnknownMember) {
                        unknown++;
                        failures.add(where + ": unknown event " + event);
                        continue;
                    }
                    if (event instanceof InvalidMember) {
                        invalid++;
                        failures.add(where + ": invalid event " + event);
                        continue;
                    }
                    byte[] encoded = CODEC.encode(event);
                    ResponseStreamEvent again = CODEC.decode(encoded);
                    if (!again.equals(event)) {
                        failures.add(where + ": decode, encode, decode gives " + again);
                    }
                    JsonValue in = JsonValue.parse(payload);
                    JsonValue out = JsonValue.parse(encoded);
                    if (!in.equals(out)) {
                        failures.add(where + ": the encoding differs from the input at "
                                + RoundTrip.firstDifference("$", in, out).orElse("$ (member order aside, equal)"));
                    }
                }
            }
        }
        System.out.println("Transcript round trip: " + events + " events in " + files.size() + " files, " + unknown
                + " unknown, " + invalid + " invalid, " + failures.size() + " failures");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " failures, the first ones listed");
        assertEquals(0, unknown);
        assertEquals(0, invalid);
        assertTrue(events >= 1141, "expected all of the transcripts' events, got " + events);
    }
}
