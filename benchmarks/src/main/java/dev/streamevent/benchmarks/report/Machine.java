package dev.streamevent.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the machine that renders the report (the one that ran it) is. */
final class Machine {

    private Machine() {
    }

    /** @return the CPU model from {@code /proc/cpuinfo} and the number of processors the JVM sees */
    static String cpu() {
        String model = "unknown CPU";
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: keep "unknown CPU".
        }
        return model + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
