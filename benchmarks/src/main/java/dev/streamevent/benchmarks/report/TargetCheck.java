package dev.streamevent.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peers;

/** The speed targets of issue 9, item 5, checked against one run: each as the peer's time over ours. */
final class TargetCheck {

    /** A target: ours must be at least {@code factor} times as fast as {@code peer}. */
    private record Target(String operation, Suite suite, String peer, double factor) {
    }

    private final JmhResults run;

    TargetCheck(JmhResults run) {
        this.run = run;
    }

    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (String decode : List.of("decodeFamily", "decodeConcrete")) {
            targets.add(new Target(decode, Suite.SMALL, "fastjson2", 1));
            targets.add(new Target(decode, Suite.SMALL, "jackson", 3));
            targets.add(new Target(decode, Suite.SMALL, "openai-java", 10));
            targets.add(new Target(decode, Suite.MIX, "fastjson2", 1));
            targets.add(new Target(decode, Suite.LARGE, "fastjson2", 1));
        }
        for (Suite suite : Suite.values()) {
            targets.add(new Target("encode", suite, "fastjson2", 1));
        }
        return targets;
    }

    String render() {
        StringBuilder md = new StringBuilder("\n#### Targets (issue 9, item 5)\n\n");
        md.append("| Target | Measured (peer time ÷ ours) | Holds |\n|---|---:|---|\n");
        for (Target target : targets()) {
            Optional<Result> ours = run.find(target.operation(), target.suite().name(), Peers.OURS);
            Optional<Result> peer = run.find(target.operation(), target.suite().name(), target.peer());
            String measured = "not measured";
            String holds = "—";
            if (ours.isPresent() && peer.isPresent()) {
                double ratio = peer.get().nanosPerOp() / ours.get().nanosPerOp();
                measured = Layout.ratio(ratio);
                holds = "yes";
                if (ratio < target.factor()) {
                    double shortfall = 100 * (1 - ratio / target.factor());
                    // A miss by less than 1% must not read as "1.00×" and "0% short".
                    if (shortfall < 1) {
                        measured = String.format("%.3f×", ratio);
                        holds = String.format("**no** (%.1f%% short)", shortfall);
                    } else {
                        holds = String.format("**no** (%.0f%% short)", shortfall);
                    }
                }
            }
            md.append("| ").append(target.suite()).append(' ').append(Layout.title(target.operation()))
                    .append(": at least ")
                    .append(target.factor() == 1 ? "as fast as" : (int) target.factor() + "× as fast as")
                    .append(' ').append(target.peer()).append(" | ").append(measured).append(" | ").append(holds)
                    .append(" |\n");
        }
        run.find("decodeFamily", Suite.SMALL.name(), Peers.OURS).ifPresent(ours -> md
                .append("\nSMALL decode allocates ").append(Layout.bytes(ours.bytesPerOp()))
                .append(" B/op for ours (target: the result object and its strings only).\n"));
        return md.toString();
    }
}
