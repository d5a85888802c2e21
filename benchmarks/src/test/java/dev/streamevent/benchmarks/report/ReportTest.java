package dev.streamevent.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The report reads JMH's JSON as JMH 1.37 writes it, and renders ratios against ours from the same run. */
class ReportTest {

    private static final String RUN = """
            [
              {"jmhVersion":"1.37","benchmark":"dev.streamevent.benchmarks.CodecBenchmark.decodeFamily",
               "mode":"avgt","jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.15+6",
               "params":{"peer":"streamevent","suite":"SMALL"},
               "primaryMetric":{"score":100.0,"scoreError":"NaN","scoreUnit":"ns/op"},
               "secondaryMetrics":{"gc.alloc.rate.norm":{"score":152.0,"scoreUnit":"B/op"}}},
              {"jmhVersion":"1.37","benchmark":"dev.streamevent.benchmarks.CodecBenchmark.decodeFamily",
               "mode":"avgt","jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.15+6",
               "params":{"peer":"jackson","suite":"SMALL"},
               "primaryMetric":{"score":250.0,"scoreError":12.5,"scoreUnit":"ns/op"},
               "secondaryMetrics":{"gc.alloc.rate.norm":{"score":912.0,"scoreUnit":"B/op"}}},
              {"jmhVersion":"1.37","benchmark":"dev.streamevent.benchmarks.CodecBenchmark.decodeFamily",
               "mode":"avgt","jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.15+6",
               "params":{"peer":"fastjson2","suite":"SMALL"},
               "primaryMetric":{"score":99.9,"scoreError":1.0,"scoreUnit":"ns/op"},
               "secondaryMetrics":{"gc.alloc.rate.norm":{"score":416.0,"scoreUnit":"B/op"}}}
            ]
            """;

    private final JmhResults run = JmhResults.parse(RUN.getBytes(StandardCharsets.UTF_8));

    @Test
    void readsScoresAllocationAndJdk() {
        Result jackson = run.find("decodeFamily", "SMALL", "jackson").orElseThrow();
        assertEquals(250.0, jackson.nanosPerOp());
        assertEquals(12.5, jackson.errorNanos());
        assertEquals(912.0, jackson.bytesPerOp());
        assertTrue(Double.isNaN(run.find("decodeFamily", "SMALL", "streamevent").orElseThrow().errorNanos()));
        assertEquals("OpenJDK 64-Bit Server VM 17.0.15+6 (JDK 17.0.15)", run.jdk());
    }

    @Test
    void tableGivesRatiosToOursAndChecksTargets() {
        String markdown = new MarkdownReport(run, ReportMain.measuredPeers(run), Map.of()).render("a CPU", "quick");
        assertTrue(markdown.contains("| **streamevent** | 100.0 | 152 | 1.00× |"), markdown);
        assertTrue(markdown.contains("| jackson | 250.0 ± 12.5 | 912 | 2.50× |"), markdown);
        assertTrue(markdown.contains("| SMALL decode to the family: at least 3× as fast as jackson | 2.50× | **no** (17% short) |"),
                markdown);
    }

    /** 99.9 ns against ours 100.0: rounded to two places the ratio would read 1.00×, and the shortfall 0%. */
    @Test
    void aMissByLessThanOnePercentShowsEnoughPlaces() {
        String markdown = new MarkdownReport(run, ReportMain.measuredPeers(run), Map.of()).render("a CPU", "quick");
        assertTrue(markdown.contains(
                "| SMALL decode to the family: at least as fast as fastjson2 | 0.999× | **no** (0.1% short) |"), markdown);
    }

    @Test
    void chartIsWellFormedSvgWithABarPerMeasuredPeer() {
        String svg = new SvgChart(run, List.of("streamevent", "jackson")).render("caption");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertEquals(2, svg.split("<rect x=").length - 1);
        assertTrue(svg.contains("#d62728"), "ours has its own colour");
        // SVG is XML; our JSON parser can't check that, so at least every element opened is closed.
        assertEquals(svg.split("<text").length, svg.split("</text>").length);
    }
}
