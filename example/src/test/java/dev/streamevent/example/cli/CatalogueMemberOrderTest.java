package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.sse.PayloadSource;
import org.junit.jupiter.api.Test;

/**
 * The catalogue declares {@code item_id} and {@code output_index} in the order the producers write them, event type by
 * event type. A generated reader guesses each next member in declaration order, and a miss costs a general lookup, so
 * the order is part of the catalogue's speed. Codecs write members in declaration order, so an event's encoding shows
 * it. For each type whose recorded events carry both members, the encoding must put them in the order most of its
 * recorded events do; a type whose recordings are split evenly is left out.
 */
class CatalogueMemberOrderTest {
    private static final ResponseStreamEventCodec CODEC = ResponseStreamEventCodec.INSTANCE;

    /** Per event type: how many recorded events had {@code output_index} first, and how many {@code item_id}. */
    private static final class Tally {
        int indexFirst;
        int idFirst;
        Boolean encodedIndexFirst;
    }

    @Test
    void itemIdAndOutputIndexAreDeclaredInTheOrderMostRecordingsUse() throws Exception {
        List<Path> files = SharedTranscripts.files();
        Map<String, Tally> byType = new TreeMap<>();
        for (Path file : files) {
            try (PayloadSource source = EventFiles.open(file)) {
                for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                    JsonValue event = JsonValue.parse(payload);
                    Boolean recorded = outputIndexFirst(event);
                    if (recorded == null) {
                        continue;
                    }
                    String type = ((JsonValue.StringValue) members(event).get("type")).value();
                    Tally tally = byType.computeIfAbsent(type, t -> new Tally());
                    if (recorded) {
                        tally.indexFirst++;
                    } else {
                        tally.idFirst++;
                    }
                    tally.encodedIndexFirst = outputIndexFirst(JsonValue.parse(CODEC.encode(CODEC.decode(payload))));
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Tally> entry : byType.entrySet()) {
            Tally tally = entry.getValue();
            String counts = entry.getKey() + " (recorded: output_index first " + tally.indexFirst + ", item_id first "
                    + tally.idFirst + ")";
            System.out.println("Member order: " + counts);
            if (tally.indexFirst == tally.idFirst) {
                continue;
            }
            checked++;
            if (tally.encodedIndexFirst != tally.indexFirst > tally.idFirst) {
                wrong.add(counts + " is declared with " + (tally.encodedIndexFirst ? "output_index" : "item_id")
                        + " first");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 20, "expected the transcripts' item event types, checked " + checked);
    }

    /** Whether a top-level {@code output_index} comes before {@code item_id}, or {@code null} without both. */
    private static Boolean outputIndexFirst(JsonValue event) {
        List<String> names = new ArrayList<>(members(event).keySet());
        int index = names.indexOf("output_index");
        int id = names.indexOf("item_id");
        return index < 0 || id < 0 ? null : index < id;
    }

    private static Map<String, JsonValue> members(JsonValue event) {
        return ((JsonValue.ObjectValue) event).members();
    }
}
