package dev.streamevent.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peers;

/** The results as Markdown: one table per suite, then the targets checked against this run. */
final class MarkdownReport {

    private final JmhResults run;
    private final List<String> peers;
    private final Map<String, Map<Suite, String>> limitations;

    MarkdownReport(JmhResults run, List<String> peers, Map<String, Map<Suite, String>> limitations) {
        this.run = run;
        this.peers = peers;
        this.limitations = limitations;
    }

    String render(String machine, String mode) {
        StringBuilder md = new StringBuilder();
        md.append("Run `").append(mode).append('`');
        if (run.rounds() > 1) {
            md.append(" in ").append(run.rounds()).append(" rounds, their iterations pooled,");
        }
        md.append(" on ").append(machine).append(", ").append(run.jdk())
                .append(". Time is JMH's mean per operation (one event) ± its 99.9% error; allocation is")
                .append(" `gc.alloc.rate.norm`. ")
                .append("**×ours** is the library's time divided by ours in the same run: above 1 means ours is")
                .append(" faster.\n");
        for (Suite suite : Suite.values()) {
            md.append("\n#### ").append(suite).append(": ").append(Layout.describe(suite)).append("\n\n");
            md.append("| Library |");
            for (String operation : Layout.OPERATIONS) {
                md.append(' ').append(Layout.title(operation)).append(" ns/op | B/op | ×ours |");
            }
            md.append("\n|---|");
            md.append("---:|---:|---:|".repeat(Layout.OPERATIONS.size()));
            md.append('\n');
            for (String peer : peers) {
                appendRow(md, suite, peer);
            }
            limitations.forEach((peer, bySuite) -> {
                String why = bySuite.get(suite);
                if (why != null) {
                    md.append("\n").append(peer).append(" is not timed here: ").append(why).append(".\n");
                }
            });
        }
        md.append(new TargetCheck(run).render());
        return md.toString();
    }

    private void appendRow(StringBuilder md, Suite suite, String peer) {
        md.append("| ").append(peer.equals(Peers.OURS) ? "**" + peer + "**" : peer).append(" |");
        for (String operation : Layout.OPERATIONS) {
            Optional<Result> result = run.find(operation, suite.name(), peer);
            Optional<Result> ours = run.find(operation, suite.name(), Peers.OURS);
            double nanos = result.map(Result::nanosPerOp).orElse(Double.NaN);
            double ratio = ours.map(o -> nanos / o.nanosPerOp()).orElse(Double.NaN);
            double error = result.map(Result::errorNanos).orElse(Double.NaN);
            md.append(' ').append(Layout.nanos(nanos)).append(Double.isNaN(error) ? "" : " ± " + Layout.nanos(error))
                    .append(" | ").append(Layout.bytes(result.map(Result::bytesPerOp).orElse(Double.NaN)))
                    .append(" | ").append(Layout.ratio(ratio)).append(" |");
        }
        md.append('\n');
    }
}
