package dev.streamevent.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words a generated event reader passes to {@code JsonReader.nextField(names, guess, last, words...)}. */
class MemberWordsTest {

    /** Names whose {@code ,"name":} has 8 (the shortest with words), 16, 17 (the first with three) and 24 bytes. */
    @ParameterizedTest
    @ValueSource(strings = {"abcd", "output_index", "sequence_numbe", "sequence_number", "abcdefghijklmnopqrst"})
    void theWordsSpellTheMemberAtTheirOffsets(String name) {
        byte[] expected = (",\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
        MemberWords words = MemberWords.of(name).orElseThrow();
        assertEquals(expected.length - 8, words.last());
        // As the reader lays them out: the first at 0, for three words the second at 8, and the last at last.
        int[] offsets = words.words().size() == 2 ? new int[] {0, words.last()} : new int[] {0, 8, words.last()};
        assertEquals(expected.length > 16 ? 3 : 2, offsets.length);
        ByteBuffer spelled = ByteBuffer.allocate(expected.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < offsets.length; i++) {
            spelled.putLong(offsets[i], words.words().get(i));
        }
        assertEquals(new String(expected, StandardCharsets.US_ASCII),
                new String(spelled.array(), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "id", "", "abcdefghijklmnopqrstu", "caf\u00e9_name", "with\"quote", "back\\slash",
        "tab\tname"})
    void namesThatAreShortLongOrNeedEscapingHaveNoWords(String name) {
        assertTrue(MemberWords.of(name).isEmpty(), name);
    }
}
