package dev.streamevent.runtime;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Assumptions;

/** Measures the heap a piece of code allocates on the current thread, for memory-bound tests (never for timing). */
final class Allocation {

    private Allocation() {
    }

    /**
     * @param action the code to measure
     * @return the bytes it allocated on this thread; the test is skipped where the JVM cannot tell
     */
    static long bytesAllocatedBy(Runnable action) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean,
                "this JVM does not report per-thread allocation");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) threads;
        Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "this JVM does not report per-thread allocation");
        long before = bean.getCurrentThreadAllocatedBytes();
        action.run();
        return bean.getCurrentThreadAllocatedBytes() - before;
    }
}
