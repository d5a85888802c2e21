package dev.streamevent.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openjdk.jmh.util.ListStatistics;

import dev.streamevent.runtime.JsonValue;

/**
 * The scores of one run, read from the JMH JSON result files ({@code -rf json}) of its rounds with our own
 * {@link JsonValue} parser.
 *
 * <p>A {@code full} run measures in rounds: every benchmark's first fork, then every benchmark's second, so that one
 * library's forks are minutes apart and a slow spell of a shared machine weighs on each library alike, not on the few
 * measured while it lasted. The rounds' iterations are then pooled as JMH pools a benchmark's forks: the mean of all
 * iterations, with JMH's own 99.9% confidence half-width over all of them.
 *
 * @param results the scores, in the order the first round ran them
 * @param jdk the JDK that ran them, as JMH recorded it
 * @param rounds how many rounds the run had
 */
public record JmhResults(List<Result> results, String jdk, int rounds) {

    /** JMH's confidence level for {@code scoreError}. */
    private static final double CONFIDENCE = 0.999;

    /**
     * @param rounds the files written by {@code -rf json -rff file}, one per round of the run
     * @return the run's scores, each pooled over the rounds
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if the rounds ran on different JDKs
     */
    public static JmhResults read(List<Path> rounds) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Path round : rounds) {
            contents.add(Files.readAllBytes(round));
        }
        return parse(contents);
    }

    /**
     * @param json the content of a JMH JSON result file
     * @return its scores
     */
    public static JmhResults parse(byte[] json) {
        return parse(List.of(json));
    }

    /**
     * @param rounds the contents of the JMH JSON result files of a run's rounds
     * @return the run's scores, each pooled over the rounds
     * @throws IllegalArgumentException if the rounds ran on different JDKs
     */
    public static JmhResults parse(List<byte[]> rounds) {
        Map<String, Measured> benchmarks = new LinkedHashMap<>();
        String jdk = null;
        for (byte[] json : rounds) {
            for (JsonValue element : ((JsonValue.ArrayValue) JsonValue.parse(json)).elements()) {
                JsonValue.ObjectValue run = (JsonValue.ObjectValue) element;
                String benchmark = string(run, "benchmark");
                JsonValue.ObjectValue params = (JsonValue.ObjectValue) run.get("params");
                String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                String suite = string(params, "suite");
                String peer = string(params, "peer");
                benchmarks.computeIfAbsent(operation + ' ' + suite + ' ' + peer,
                        key -> new Measured(operation, suite, peer)).add(run);
                String runJdk = string(run, "vmName") + " " + string(run, "vmVersion")
                        + " (JDK " + string(run, "jdkVersion") + ")";
                if (jdk != null && !jdk.equals(runJdk)) {
                    throw new IllegalArgumentException("the rounds ran on different JDKs: " + jdk + " and " + runJdk);
                }
                jdk = runJdk;
            }
        }
        List<Result> results = benchmarks.values().stream().map(Measured::result).toList();
        return new JmhResults(results, jdk == null ? "unknown" : jdk, rounds.size());
    }

    /**
     * @param operation a benchmark method
     * @param suite a suite
     * @param peer a library
     * @return that score, if the run has it
     */
    public Optional<Result> find(String operation, String suite, String peer) {
        return results.stream()
                .filter(r -> r.operation().equals(operation) && r.suite().equals(suite) && r.peer().equals(peer))
                .findFirst();
    }

    /** One benchmark's metrics from each round that measured it. */
    private static final class Measured {
        private final String operation;
        private final String suite;
        private final String peer;
        private final List<JsonValue.ObjectValue> times = new ArrayList<>();
        private final List<JsonValue.ObjectValue> allocations = new ArrayList<>();

        Measured(String operation, String suite, String peer) {
            this.operation = operation;
            this.suite = suite;
            this.peer = peer;
        }

        void add(JsonValue.ObjectValue run) {
            times.add((JsonValue.ObjectValue) run.get("primaryMetric"));
            allocation(run).ifPresent(allocations::add);
        }

        Result result() {
            Pooled time = pool(times);
            double bytes = allocations.size() == times.size() ? pool(allocations).score() : Double.NaN;
            return new Result(operation, suite, peer, time.score(), time.error(), bytes);
        }
    }

    /** A metric's score and confidence half-width. */
    private record Pooled(double score, double error) {
    }

    /**
     * One round's metric as JMH wrote it; several rounds' iterations pooled, as JMH pools forks, when every round kept
     * them ({@code rawData}); otherwise the mean of the rounds' scores, with no error estimate.
     */
    private static Pooled pool(List<JsonValue.ObjectValue> metrics) {
        if (metrics.size() == 1) {
            return new Pooled(number(metrics.get(0), "score"), number(metrics.get(0), "scoreError"));
        }
        ListStatistics iterations = new ListStatistics();
        boolean complete = true;
        for (JsonValue.ObjectValue metric : metrics) {
            if (metric.get("rawData") instanceof JsonValue.ArrayValue forks) {
                for (JsonValue fork : forks.elements()) {
                    for (JsonValue iteration : ((JsonValue.ArrayValue) fork).elements()) {
                        iterations.addValue(((JsonValue.NumberValue) iteration).doubleValue());
                    }
                }
            } else {
                complete = false;
            }
        }
        if (!complete || iterations.getN() == 0) {
            double mean = metrics.stream().mapToDouble(metric -> number(metric, "score")).average().orElseThrow();
            return new Pooled(mean, Double.NaN);
        }
        return new Pooled(iterations.getMean(), iterations.getMeanErrorAt(CONFIDENCE));
    }

    private static Optional<JsonValue.ObjectValue> allocation(JsonValue.ObjectValue run) {
        JsonValue secondary = run.get("secondaryMetrics");
        if (!(secondary instanceof JsonValue.ObjectValue metrics)) {
            return Optional.empty();
        }
        // JMH 1.37 names it "gc.alloc.rate.norm"; older versions prefix a middle dot.
        for (Map.Entry<String, JsonValue> metric : metrics.members().entrySet()) {
            if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                return Optional.of((JsonValue.ObjectValue) metric.getValue());
            }
        }
        return Optional.empty();
    }

    private static String string(JsonValue.ObjectValue object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonValue.StringValue string ? string.value() : "";
    }

    private static double number(JsonValue.ObjectValue object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonValue.NumberValue number) {
            return number.doubleValue();
        }
        return Double.NaN; // JMH writes "NaN" as a string when it has no error estimate
    }
}
