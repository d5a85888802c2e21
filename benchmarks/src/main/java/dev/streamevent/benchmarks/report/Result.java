package dev.streamevent.benchmarks.report;

/**
 * One JMH score: an operation of one peer on one suite.
 *
 * @param operation the benchmark method, such as {@code decodeFamily}
 * @param suite the suite, such as {@code SMALL}
 * @param peer the library
 * @param nanosPerOp the mean time per operation
 * @param errorNanos the 99.9% confidence half-width JMH reports ({@code NaN} with a single iteration)
 * @param bytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}), or {@code NaN} without {@code -prof gc}
 */
public record Result(String operation, String suite, String peer, double nanosPerOp, double errorNanos,
        double bytesPerOp) {
}
