package dev.streamevent.processor.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.palantir.javapoet.CodeBlock;

/**
 * A member as a reader guesses it after a comma, {@code ,"name":}, held as the little-endian words that
 * {@code JsonReader.nextField(names, guess, last, words...)} compares with the input: for 8 to 16 bytes the first eight
 * and the last eight, for 17 to 24 bytes the first sixteen and the last eight (the windows may overlap). Constants in
 * the generated reader let each call site compare with its own member, where a table lookup would share one compare
 * among all of them.
 *
 * @param last where the last word starts: the length of {@code ,"name":} less 8
 * @param words the words, first to last
 */
record MemberWords(int last, List<Long> words) {

    private static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 24;

    /**
     * {@return the words of {@code ,"jsonName":}, or empty if the name needs escaping or is too short or too long for
     * them, so that the reader's general path reads it}
     */
    static Optional<MemberWords> of(String jsonName) {
        if (!jsonName.chars().allMatch(MemberWords::plain)) {
            return Optional.empty();
        }
        byte[] bytes = (",\"" + jsonName + "\":").getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            return Optional.empty();
        }
        int last = bytes.length - 8;
        List<Long> words = new ArrayList<>();
        words.add(word(bytes, 0));
        if (bytes.length > 16) {
            words.add(word(bytes, 8));
        }
        words.add(word(bytes, last));
        return Optional.of(new MemberWords(last, List.copyOf(words)));
    }

    /** {@return the arguments after the guess: {@code last}, then the words as hexadecimal literals} */
    CodeBlock arguments() {
        CodeBlock.Builder code = CodeBlock.builder().add("$L", last);
        for (long word : words) {
            code.add(",$W$L", String.format(Locale.ROOT, "0x%016xL", word));
        }
        return code.build();
    }

    /** Printable ASCII other than the quote and the backslash: what JSON writes as itself in a string. */
    private static boolean plain(int c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    }

    private static long word(byte[] bytes, int at) {
        long word = 0;
        for (int i = 7; i >= 0; i--) {
            word = word << 8 | (bytes[at + i] & 0xFF);
        }
        return word;
    }
}
