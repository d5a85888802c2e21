package dev.streamevent.benchmarks.report;

import java.util.List;

import dev.streamevent.benchmarks.corpus.Suite;

/** The order and the human names of the report's rows and columns. */
final class Layout {

    /** The benchmark methods, in report order. */
    static final List<String> OPERATIONS = List.of("decodeFamily", "decodeConcrete", "encode");

    private Layout() {
    }

    static String title(String operation) {
        return switch (operation) {
            case "decodeFamily" -> "decode to the family";
            case "decodeConcrete" -> "decode to the concrete type";
            case "encode" -> "encode";
            default -> operation;
        };
    }

    static String describe(Suite suite) {
        return switch (suite) {
            case SMALL -> "one real 155-byte event (`response.image_generation_call.completed`)";
            case MIX -> "a real function-call stream's 11 events cycled in order (4,068 bytes in all)";
            case LARGE -> "a real 5,116-byte `response.completed` (reasoning summaries and a message)";
        };
    }

    static String nanos(double value) {
        return Double.isNaN(value) ? "—" : String.format(value < 1000 ? "%,.1f" : "%,.0f", value);
    }

    static String bytes(double value) {
        return Double.isNaN(value) ? "—" : String.format("%,.0f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "—" : String.format("%.2f×", value);
    }
}
