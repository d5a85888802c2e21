package dev.streamevent.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.streamevent.processor.model.PropertyModel;
import java.util.List;

/**
 * Presence is tracked in {@code int} words, one bit per JSON property: property {@code i} is bit {@code i % 32} of
 * word {@code i / 32}. Codec and builder share the layout.
 */
final class PresenceBits {
    private static final int BITS_PER_WORD = 32;

    private PresenceBits() {
    }

    /** How many words {@code count} properties need (at least one, so that the code shape never changes). */
    static int words(int count) {
        return Math.max(1, (count + BITS_PER_WORD - 1) / BITS_PER_WORD);
    }

    static int word(int index) {
        return index / BITS_PER_WORD;
    }

    /** How javadoc names the property that bit {@code i} of {@code word} stands for: {@code i}, {@code (32 + i)}... */
    static String indexOfBitI(int word) {
        return word == 0 ? "i" : "(" + word * BITS_PER_WORD + " + i)";
    }

    /** The mask of one bit, as a hex literal. */
    static CodeBlock bit(int index) {
        return hex(1 << (index % BITS_PER_WORD));
    }

    /** The bits of the required properties in one word, as a hex literal. */
    static int requiredMask(List<PropertyModel> jsonProperties, int word) {
        int mask = 0;
        for (int i = word * BITS_PER_WORD; i < Math.min(jsonProperties.size(), (word + 1) * BITS_PER_WORD); i++) {
            if (jsonProperties.get(i).isRequired()) {
                mask |= 1 << (i % BITS_PER_WORD);
            }
        }
        return mask;
    }

    static CodeBlock hex(int value) {
        return CodeBlock.of("$L", "0x" + Integer.toHexString(value));
    }
}
