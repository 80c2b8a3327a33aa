package io.newswire.bench;

import java.io.PrintStream;

/**
 * The progress line on the terminal: rewritten in place at most five times a second on a console, one line every
 * ten seconds otherwise (a log file), and a line of its own when a step ends.
 */
final class Progress {

    private final PrintStream out;
    private final boolean console;
    private final long startNanos = System.nanoTime();
    private long lastNanos;
    private int width;

    Progress(PrintStream out, boolean console) {
        this.out = out;
        this.console = console;
    }

    synchronized void update(String step, String detail) {
        long now = System.nanoTime();
        if (now - lastNanos < (console ? 200_000_000L : 10_000_000_000L)) {
            return;
        }
        lastNanos = now;
        String line = prefix(step) + detail;
        if (console) {
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    synchronized void done(String step, String result) {
        String line = prefix(step) + result;
        if (console) {
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())) + "\n");
            width = 0;
        } else {
            out.println(line);
        }
        lastNanos = 0;
        out.flush();
    }

    private String prefix(String step) {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        return String.format("bench %3d:%02d  %-26s ", seconds / 60, seconds % 60, step);
    }
}
