package io.newswire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system, every thread, as the kernel accounts it) and resident memory of one process, read from
 * {@code /proc/<pid>/stat} and {@code /proc/<pid>/status}.
 */
record ProcessUsage(long cpuMillis, long rssKb) {

    /** Clock ticks per second of the stat file's times: USER_HZ, 100 on every Linux architecture Java runs on. */
    static final long TICKS_PER_SECOND = 100;

    static ProcessUsage of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        return new ProcessUsage(cpuMillis(Files.readString(proc.resolve("stat"))),
                rssKb(Files.readString(proc.resolve("status"))));
    }

    /**
     * CPU of the process's live JIT compiler threads, in ms: the warm-up cost still being paid. HotSpot stops idle
     * compiler threads, whose time then only shows in the process's total.
     */
    static long jitMillis(long pid) throws IOException {
        long millis = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        millis += cpuMillis(Files.readString(task.resolve("stat")));
                    }
                } catch (IOException e) {
                    // The thread ended meanwhile.
                }
            }
        }
        return millis;
    }

    /** utime + stime of a stat line; the command name in parentheses may itself hold spaces and parentheses. */
    static long cpuMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // Counted from the state field (the third of the line): utime is the 14th field, stime the 15th.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** VmRSS of a status file, in kB; 0 for a process without memory (a zombie). */
    static long rssKb(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }
}
