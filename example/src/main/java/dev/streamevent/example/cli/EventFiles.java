package dev.streamevent.example.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.streamevent.runtime.sse.JsonLinesReader;
import dev.streamevent.runtime.sse.PayloadSource;
import dev.streamevent.runtime.sse.SseOptions;
import dev.streamevent.runtime.sse.SsePayloadSource;
import dev.streamevent.runtime.sse.SseReader;

/** Opens a recorded stream, telling SSE from JSON Lines by its content rather than its name. */
final class EventFiles {

    private EventFiles() {
    }

    /** The two framings a recording can have. */
    enum Format { SSE, JSON_LINES }

    /**
     * @param file a recording
     * @return the payloads of its events
     * @throws IOException if it cannot be read
     */
    static PayloadSource open(Path file) throws IOException {
        InputStream input = new BufferedInputStream(Files.newInputStream(file));
        try {
            return open(input);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /**
     * @param input a recording; it must support mark/reset
     * @return the payloads of its events
     * @throws IOException if it cannot be read
     */
    static PayloadSource open(InputStream input) throws IOException {
        return detect(input) == Format.JSON_LINES
                ? new JsonLinesReader(input)
                : new SsePayloadSource(new SseReader(input, SseOptions.defaults()));
    }

    /** JSON Lines start with a JSON object; an SSE body starts with a field, a comment or a blank line. */
    static Format detect(InputStream input) throws IOException {
        input.mark(4096);
        try {
            for (int i = 0, b; i < 4096 && (b = input.read()) != -1; i++) {
                if (b == '{' || b == '[') {
                    return Format.JSON_LINES;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return Format.SSE;
                }
            }
            return Format.SSE;
        } finally {
            input.reset();
        }
    }
}
