package dev.streamevent.example.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replay FILE...}: decodes recorded {@code .sse} and {@code .jsonl} streams, the format told by content. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays recorded streams (SSE bodies or JSON Lines, detected from the content).",
                "Without options, prints the timeline and the per-type table."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:--check found an unknown or invalid event or an inexact round trip",
                "2:bad usage or unreadable input"})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recorded streams: .sse or .jsonl.")
    private List<Path> files;

    @Option(names = "--stats", description = "Print only the per-type table.")
    private boolean stats;

    @Option(names = "--json", description = "Print each decoded event re-encoded, one per line, unknown members kept.")
    private boolean json;

    @Option(names = "--check", description = "Fail (exit 1), naming the event, if any event is unknown or invalid, "
            + "or if decode, encode, decode is not exact.")
    private boolean check;

    @Option(names = "--images", paramLabel = "DIR", description = "Write each generated image (partial frames and "
            + "final) to DIR, with the extension that matches its bytes.")
    private Path images;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = Style.forTerminal();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no such file");
            }
        }
        boolean timeline = !stats && !json && !check;
        Replayer replayer = new Replayer(new Replayer.Options(timeline, json, check, images, style.enabled()),
                out, err, style);
        for (Path file : files) {
            replayer.replay(file.toString(), EventFiles.open(file));
        }
        if (stats || timeline) {
            if (timeline) {
                out.println();
            }
            replayer.counts().print(out, style);
        }
        if (images != null) {
            err.println(replayer.imagesSaved() + " images written to " + images);
        }
        if (check) {
            return report(replayer, out, style);
        }
        return 0;
    }

    private Integer report(Replayer replayer, PrintWriter out, Style style) {
        TypeCounts counts = replayer.counts();
        List<String> failures = replayer.failures();
        failures.forEach(failure -> out.println(style.red("FAIL ") + failure));
        out.println((failures.isEmpty() ? style.green("OK") : style.red("FAILED")) + ": " + counts.total()
                + " events in " + files.size() + " files, " + counts.unknown() + " unknown, " + counts.invalid()
                + " invalid, " + failures.size() + " failed checks");
        out.flush();
        return failures.isEmpty() ? 0 : StreamEventCli.EXIT_CHECK_FAILED;
    }
}
