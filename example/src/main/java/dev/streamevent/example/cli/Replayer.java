package dev.streamevent.example.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.sse.PayloadSource;

/**
 * Replays recorded streams through the family codec in lenient mode, the way a live stream is consumed: every event
 * is decoded, none ends the stream. What it does with each event depends on the options: render the timeline, count
 * types, print the re-encoded JSON, check the round trip, save images.
 */
final class Replayer {

    /** What to do with each event. */
    record Options(boolean timeline, boolean json, boolean check, Path images, boolean progress) {
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;
    private final TypeCounts counts = new TypeCounts();
    private final List<String> failures = new ArrayList<>();
    private final ImageSaver images;

    Replayer(Options options, PrintWriter out, PrintWriter err, Style style) throws IOException {
        this.options = options;
        this.out = out;
        this.err = err;
        this.style = style;
        this.images = options.images() == null ? null : new ImageSaver(options.images());
    }

    /**
     * Replays one stream to its end.
     *
     * @param name how to name the stream in messages
     * @param source its event payloads; closed when done
     */
    void replay(String name, PayloadSource source) throws IOException {
        Timeline timeline = options.timeline() ? new Timeline(out, style) : null;
        Progress progress = options.progress() ? new Progress(err, name) : null;
        try (source) {
            int index = 0;
            for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                index++;
                ResponseStreamEvent event = ResponseStreamEventCodec.INSTANCE.decodeLenient(payload);
                counts.add(event.type(), EventKind.of(event));
                if (timeline != null) {
                    timeline.accept(event);
                }
                if (options.json()) {
                    out.println(new String(ResponseStreamEventCodec.INSTANCE.encode(event), StandardCharsets.UTF_8));
                }
                if (options.check()) {
                    int number = index;
                    RoundTrip.check(payload, event).ifPresent(reason -> failures.add(
                            name + ": event #" + number + " (" + describeType(event) + "): " + reason));
                }
                if (images != null) {
                    images.accept(event);
                }
                if (progress != null) {
                    progress.update(index);
                }
            }
        } finally {
            if (timeline != null) {
                timeline.finish();
            }
            if (progress != null) {
                progress.clear();
            }
            out.flush();
        }
    }

    private static String describeType(ResponseStreamEvent event) {
        return Optional.ofNullable(event.type()).orElse("no type");
    }

    TypeCounts counts() {
        return counts;
    }

    List<String> failures() {
        return failures;
    }

    int imagesSaved() {
        return images == null ? 0 : images.saved();
    }

    /** A one-line progress counter on standard error, for long replays in a terminal. */
    private static final class Progress {
        private final PrintWriter err;
        private final String name;

        Progress(PrintWriter err, String name) {
            this.err = err;
            this.name = name;
        }

        void update(int events) {
            if (events % 100 == 0) {
                err.print("\r" + name + ": " + events + " events");
                err.flush();
            }
        }

        void clear() {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
