package dev.streamevent.runtime.sse;

import java.util.Arrays;

/**
 * Finds a top-level member's raw value bytes in a JSON object without decoding anything: strings (escapes included)
 * and nested values are skipped by their structure. It only locates; the JSON decoder that reads the value validates
 * it. Member names are compared as raw bytes, so a name written with escapes does not match.
 */
final class JsonMemberScanner {

    private static final int MALFORMED = -1;

    private JsonMemberScanner() {
    }

    /**
     * Returns the value range of the first member named {@code name} at the top level of the object in
     * {@code [start, end)}, or {@code null} if the text is not an object, lacks the member, or is malformed before it.
     */
    static ByteRange findMember(byte[] json, int start, int end, byte[] name) {
        int i = skipWhitespace(json, start, end);
        if (i == end || json[i] != '{') {
            return null;
        }
        i = skipWhitespace(json, i + 1, end);
        while (i < end && json[i] == '"') {
            int nameEnd = skipString(json, i, end);
            if (nameEnd == MALFORMED) {
                return null;
            }
            boolean wanted = nameEnd - i - 2 == name.length
                    && Arrays.equals(json, i + 1, nameEnd - 1, name, 0, name.length);
            i = skipWhitespace(json, nameEnd, end);
            if (i == end || json[i] != ':') {
                return null;
            }
            int valueStart = skipWhitespace(json, i + 1, end);
            int valueEnd = skipValue(json, valueStart, end);
            if (valueEnd == MALFORMED) {
                return null;
            }
            if (wanted) {
                return new ByteRange(valueStart, valueEnd);
            }
            i = skipWhitespace(json, valueEnd, end);
            if (i == end || json[i] != ',') {
                return null; // '}' (member absent) or garbage
            }
            i = skipWhitespace(json, i + 1, end);
        }
        return null;
    }

    private static int skipValue(byte[] json, int start, int end) {
        if (start == end) {
            return MALFORMED;
        }
        return switch (json[start]) {
            case '"' -> skipString(json, start, end);
            case '{', '[' -> skipNested(json, start, end);
            default -> skipScalar(json, start, end);
        };
    }

    /** Skips a string starting at its opening quote; returns the index after the closing quote. */
    private static int skipString(byte[] json, int start, int end) {
        int i = start + 1;
        while (i < end) {
            byte b = json[i];
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return MALFORMED;
    }

    /** Counts depth instead of recursing, so deep nesting cannot overflow the stack. */
    private static int skipNested(byte[] json, int start, int end) {
        int depth = 0;
        int i = start;
        while (i < end) {
            byte b = json[i];
            if (b == '"') {
                i = skipString(json, i, end);
                if (i == MALFORMED) {
                    return MALFORMED;
                }
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return MALFORMED;
    }

    private static int skipScalar(byte[] json, int start, int end) {
        int i = start;
        while (i < end && !isDelimiter(json[i])) {
            i++;
        }
        return i == start ? MALFORMED : i;
    }

    private static boolean isDelimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || isWhitespace(b);
    }

    static int skipWhitespace(byte[] json, int start, int end) {
        int i = start;
        while (i < end && isWhitespace(json[i])) {
            i++;
        }
        return i;
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
