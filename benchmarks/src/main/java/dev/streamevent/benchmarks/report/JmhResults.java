package dev.streamevent.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.streamevent.runtime.JsonValue;

/**
 * A JMH JSON result file ({@code -rf json}), read with our own {@link JsonValue} parser.
 *
 * @param results the scores, in file order
 * @param jdk the JDK that ran them, as JMH recorded it
 */
public record JmhResults(List<Result> results, String jdk) {

    /**
     * @param file a file written by {@code -rf json -rff file}
     * @return its scores
     * @throws IOException if it cannot be read
     */
    public static JmhResults read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /**
     * @param json the content of a JMH JSON result file
     * @return its scores
     */
    public static JmhResults parse(byte[] json) {
        List<Result> results = new ArrayList<>();
        String jdk = "unknown";
        for (JsonValue element : ((JsonValue.ArrayValue) JsonValue.parse(json)).elements()) {
            JsonValue.ObjectValue run = (JsonValue.ObjectValue) element;
            String benchmark = string(run, "benchmark");
            JsonValue.ObjectValue params = (JsonValue.ObjectValue) run.get("params");
            JsonValue.ObjectValue primary = (JsonValue.ObjectValue) run.get("primaryMetric");
            results.add(new Result(benchmark.substring(benchmark.lastIndexOf('.') + 1), string(params, "suite"),
                    string(params, "peer"), number(primary, "score"), number(primary, "scoreError"),
                    allocation(run).orElse(Double.NaN)));
            jdk = string(run, "vmName") + " " + string(run, "vmVersion") + " (JDK " + string(run, "jdkVersion") + ")";
        }
        return new JmhResults(List.copyOf(results), jdk);
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

    private static Optional<Double> allocation(JsonValue.ObjectValue run) {
        JsonValue secondary = run.get("secondaryMetrics");
        if (!(secondary instanceof JsonValue.ObjectValue metrics)) {
            return Optional.empty();
        }
        // JMH 1.37 names it "gc.alloc.rate.norm"; older versions prefix a middle dot.
        for (Map.Entry<String, JsonValue> metric : metrics.members().entrySet()) {
            if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                return Optional.of(number((JsonValue.ObjectValue) metric.getValue(), "score"));
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
