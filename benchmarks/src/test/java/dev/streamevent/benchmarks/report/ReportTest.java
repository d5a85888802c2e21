package dev.streamevent.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /**
     * One benchmark's two forks as JMH 1.37 wrote them in one file ({@code results/full.json} of the run at 37eca95,
     * in git at 822766a: score 85.12413927095231 ± 20.416534710013003 ns, 136.00050447120157 B), here split into two
     * rounds of one fork each.
     */
    private static String round(String jdk, String time, String timeScore, String bytes, String bytesScore) {
        return """
                [{"jmhVersion":"1.37","benchmark":"dev.streamevent.benchmarks.CodecBenchmark.decodeConcrete",
                  "mode":"avgt","forks":1,"jdkVersion":"%s","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"%s+6",
                  "params":{"peer":"streamevent","suite":"SMALL"},
                  "primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"ns/op","rawData":[[%s]]},
                  "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op","rawData":[[%s]]}}}]
                """.formatted(jdk, jdk, timeScore, time, bytesScore, bytes);
    }

    private static final String FIRST_ROUND = round("17.0.15",
            "81.80868476706705, 77.51362891426628, 77.50812459106227, 84.2021670428742, 80.35099497742512",
            "80.27672005853898",
            "136.00048481608843, 136.0004602588848, 136.0004593430279, 136.00049899124306, 136.00047611455824",
            "136.00047590476046");

    private static final String SECOND_ROUND = round("17.0.15",
            "122.39403836717887, 78.19744337520277, 78.73333980745724, 82.73344514324722, 87.79952572374219",
            "89.97155848336567",
            "136.00072517850853, 136.0004630259197, 136.0004665146664, 136.00049014679269, 136.000520322326",
            "136.00053303764267");

    /** A {@code full} run's rounds give the score and error JMH gives when it runs the same forks one after another. */
    @Test
    void roundsArePooledAsJmhPoolsForks() {
        JmhResults pooled = JmhResults.parse(List.of(FIRST_ROUND.getBytes(StandardCharsets.UTF_8),
                SECOND_ROUND.getBytes(StandardCharsets.UTF_8)));
        Result result = pooled.find("decodeConcrete", "SMALL", "streamevent").orElseThrow();
        assertEquals(1, pooled.results().size());
        assertEquals(85.12413927095231, result.nanosPerOp(), 1e-9);
        assertEquals(20.416534710013003, result.errorNanos(), 1e-9);
        assertEquals(136.00050447120157, result.bytesPerOp(), 1e-9);
        String markdown = new MarkdownReport(pooled, List.of("streamevent"), Map.of()).render("a CPU", "full");
        assertTrue(markdown.startsWith("Run `full` in 2 rounds, their iterations pooled, on a CPU, "), markdown);
    }

    @Test
    void roundsOnDifferentJdksAreRejected() {
        String otherJdk = SECOND_ROUND.replace("17.0.15", "25.0.1");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JmhResults.parse(List.of(FIRST_ROUND.getBytes(StandardCharsets.UTF_8),
                        otherJdk.getBytes(StandardCharsets.UTF_8))));
        assertTrue(error.getMessage().contains("different JDKs"), error.getMessage());
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
