package dev.streamevent.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peers;

/**
 * Horizontal bars of ns/op, one panel per suite and operation, each panel on its own linear scale (the suites differ
 * by two orders of magnitude). Ours is drawn in its own colour. Plain SVG 1.1, no scripts, no fonts to load.
 */
final class SvgChart {

    private static final int WIDTH = 760;
    private static final int LABEL = 150;
    private static final int BAR_AREA = 480;
    private static final int ROW = 16;
    private static final int TITLE = 30;
    private static final int GAP = 12;

    private final JmhResults run;
    private final List<String> peers;

    SvgChart(JmhResults run, List<String> peers) {
        this.run = run;
        this.peers = peers;
    }

    String render(String caption) {
        int panels = Suite.values().length * Layout.OPERATIONS.size();
        int height = 40 + panels * (TITLE + peers.size() * ROW + GAP);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height, WIDTH,
                height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"10\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", escape(caption)));
        int y = 40;
        for (Suite suite : Suite.values()) {
            for (String operation : Layout.OPERATIONS) {
                y = panel(svg, suite, operation, y);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private int panel(StringBuilder svg, Suite suite, String operation, int top) {
        double max = peers.stream()
                .map(peer -> run.find(operation, suite.name(), peer))
                .flatMap(Optional::stream)
                .mapToDouble(Result::nanosPerOp)
                .max().orElse(1);
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s: %s"
                + " (ns/op, shorter is faster)</text>%n", top + 18, suite, escape(Layout.title(operation))));
        int y = top + TITLE;
        for (String peer : peers) {
            boolean ours = peer.equals(Peers.OURS);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>%s</text>%n",
                    LABEL - 6, y + 11, ours ? " font-weight=\"bold\"" : "", escape(peer)));
            Optional<Result> result = run.find(operation, suite.name(), peer);
            if (result.isPresent()) {
                double nanos = result.get().nanosPerOp();
                double width = Math.max(1, BAR_AREA * nanos / max);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                        LABEL, y + 2, width, ROW - 4, ours ? "#d62728" : "#4c78a8"));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
                        LABEL + width + 4, y + 11, Layout.nanos(nanos)));
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#888\">not measured</text>%n",
                        LABEL + 4, y + 11));
            }
            y += ROW;
        }
        return y + GAP;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "");
    }
}
