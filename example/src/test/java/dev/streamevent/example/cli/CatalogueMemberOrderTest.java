package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.streamevent.example.responses.WireObject;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.sse.PayloadSource;
import org.junit.jupiter.api.Test;

/**
 * The catalogue declares each event's members in the order the producers write them. A generated reader guesses each
 * next member in declaration order, and a miss costs a general lookup, so the order is part of the catalogue's speed.
 * Codecs write members in declaration order, so an event's encoding shows it. For every recorded event, each pair of
 * its declared members is counted as the recording has it, by event type; the encoding must put each pair in the
 * order most of the type's recorded events do (a pair whose recordings are split evenly is left out).
 *
 * <p>{@code type} and {@code sequence_number} are left out. Every event inherits {@code sequence_number} from the root
 * of the catalogue's hierarchy, and the processor orders members by where each is first declared, super-interfaces
 * first, so it comes first in every event, as OpenAI writes it; OpenRouter and OpenAI's background mode write it last.
 */
class CatalogueMemberOrderTest {
    private static final ResponseStreamEventCodec CODEC = ResponseStreamEventCodec.INSTANCE;
    private static final Set<String> LEFT_OUT = Set.of("type", "sequence_number");

    /** How many recorded events put a pair in the catalogue's order, and how many the other way round. */
    private static final class Tally {
        int asDeclared;
        int reversed;
    }

    @Test
    void membersAreDeclaredInTheOrderMostRecordingsUse() throws Exception {
        Map<String, Tally> byPair = new TreeMap<>();
        for (Path file : SharedTranscripts.files()) {
            try (PayloadSource source = EventFiles.open(file)) {
                for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                    ResponseStreamEvent event = CODEC.decode(payload);
                    Set<String> unknown = ((WireObject) event).unknownFields().keySet();
                    List<String> recorded = declaredNames(JsonValue.parse(payload), unknown);
                    List<String> declared = declaredNames(JsonValue.parse(CODEC.encode(event)), unknown);
                    for (int i = 0; i < declared.size(); i++) {
                        for (int j = i + 1; j < declared.size(); j++) {
                            String first = declared.get(i);
                            String second = declared.get(j);
                            if (!recorded.contains(first) || !recorded.contains(second)) {
                                continue; // written from a default, not received
                            }
                            Tally tally = byPair.computeIfAbsent(event.type() + ": " + first + " before " + second,
                                    pair -> new Tally());
                            if (recorded.indexOf(first) < recorded.indexOf(second)) {
                                tally.asDeclared++;
                            } else {
                                tally.reversed++;
                            }
                        }
                    }
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        byPair.forEach((pair, tally) -> {
            if (tally.reversed > tally.asDeclared) {
                wrong.add(pair + " (recorded the other way round in " + tally.reversed + " events, as declared in "
                        + tally.asDeclared + ")");
            }
        });
        System.out.println("Member order: " + byPair.size() + " pairs of members checked, " + wrong.size()
                + " declared against the recordings");
        assertEquals(List.of(), wrong);
        assertTrue(byPair.size() >= 100, "expected the transcripts' pairs of members, got " + byPair.size());
    }

    /** The top-level member names in order, less {@link #LEFT_OUT} and the members the type does not declare. */
    private static List<String> declaredNames(JsonValue event, Set<String> unknown) {
        List<String> names = new ArrayList<>(((JsonValue.ObjectValue) event).members().keySet());
        names.removeIf(name -> LEFT_OUT.contains(name) || unknown.contains(name));
        return names;
    }
}
