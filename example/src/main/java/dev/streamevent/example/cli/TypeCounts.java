package dev.streamevent.example.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Counts events by type, and tells the unknown and invalid ones apart, for the per-type table. */
final class TypeCounts {

    /** Sorted by type, so that the table reads the same every time. */
    private final Map<String, int[]> counts = new TreeMap<>();
    private int total;
    private int unknown;
    private int invalid;

    void add(String type, EventKind kind) {
        counts.computeIfAbsent(label(type, kind), key -> new int[1])[0]++;
        total++;
        if (kind == EventKind.UNKNOWN) {
            unknown++;
        } else if (kind == EventKind.INVALID) {
            invalid++;
        }
    }

    private static String label(String type, EventKind kind) {
        String name = type == null ? "(no type)" : type;
        return switch (kind) {
            case TYPED -> name;
            case UNKNOWN -> name + " [unknown]";
            case INVALID -> name + " [invalid]";
        };
    }

    int total() {
        return total;
    }

    int unknown() {
        return unknown;
    }

    int invalid() {
        return invalid;
    }

    void print(PrintWriter out, Style style) {
        int width = Math.max("type".length(), counts.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s  %6d";
        out.println(style.bold(String.format("%-" + width + "s  %6s", "type", "count")));
        counts.forEach((type, count) -> out.println(String.format(row, type, count[0])));
        out.println(String.format(row, "total", total)
                + (unknown + invalid == 0 ? "" : "  (" + unknown + " unknown, " + invalid + " invalid)"));
        out.flush();
    }
}
