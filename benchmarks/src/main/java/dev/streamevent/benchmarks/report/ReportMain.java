package dev.streamevent.benchmarks.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peer;
import dev.streamevent.benchmarks.peers.Peers;

/**
 * Renders a run's JMH JSON result files as a Markdown table and an SVG bar chart, with our own code only.
 *
 * <p>Usage: {@code ReportMain <results.json>[:<round2.json>...] <out.md> <out.svg> [mode]}: a run measured in rounds
 * gives each round's file, joined by the path separator as in a class path ({@code ;} on Windows).
 */
public final class ReportMain {

    private ReportMain() {
    }

    /**
     * @param args the JMH JSON files of the run's rounds, the Markdown and SVG files to write, and optionally the run's
     *     mode
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ReportMain <results.json>[" + File.pathSeparator
                    + "<round2.json>...] <out.md> <out.svg> [mode]");
            System.exit(2);
        }
        List<Path> rounds = new ArrayList<>();
        for (String round : args[0].split(Pattern.quote(File.pathSeparator))) {
            rounds.add(Paths.get(round));
        }
        JmhResults run = JmhResults.read(rounds);
        String mode = args.length > 3 ? args[3] : "";
        List<String> peers = measuredPeers(run);
        String machine = Machine.cpu();
        String markdown = new MarkdownReport(run, peers, limitations()).render(machine, mode);
        String svg = new SvgChart(run, peers).render("streamevent vs peers, " + mode + " run: " + machine);
        Files.writeString(Paths.get(args[1]), markdown, StandardCharsets.UTF_8);
        Files.writeString(Paths.get(args[2]), svg, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    /** The peers in registry order (ours first) that the run measured, then any others it names. */
    static List<String> measuredPeers(JmhResults run) {
        List<String> peers = new ArrayList<>();
        for (String peer : Peers.names()) {
            if (run.results().stream().anyMatch(r -> r.peer().equals(peer))) {
                peers.add(peer);
            }
        }
        run.results().stream().map(Result::peer).distinct().filter(p -> !peers.contains(p)).forEach(peers::add);
        return peers;
    }

    private static Map<String, Map<Suite, String>> limitations() {
        Map<String, Map<Suite, String>> limitations = new LinkedHashMap<>();
        for (String name : Peers.names()) {
            Peer peer = Peers.create(name);
            Map<Suite, String> bySuite = new EnumMap<>(Suite.class);
            for (Suite suite : Suite.values()) {
                peer.limitation(suite).ifPresent(why -> bySuite.put(suite, why));
            }
            if (!bySuite.isEmpty()) {
                limitations.put(name, bySuite);
            }
        }
        return limitations;
    }
}
