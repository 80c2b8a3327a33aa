package io.newswire.system;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for an outcome of the running stack, failing with a clear message when it does not come in time. */
final class Poll {

    private Poll() {
    }

    /** Calls {@code probe} until it returns non-null, at most for {@code timeout}. */
    static <T> T until(Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e; // not up yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no outcome within " + timeout.toSeconds() + " s"
                + (last == null ? "" : "; last error: " + last), last);
    }
}
