package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProcessUsageTest {

    @Test
    void cpuIsUserPlusSystemTicksInMilliseconds() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "1234 (java) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 40 0 100 0 0";

        assertThat(ProcessUsage.cpuMillis(stat)).isEqualTo((250 + 75) * 10);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "99 (a (b) c) R 1 99 99 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 5 0 0";

        assertThat(ProcessUsage.cpuMillis(stat)).isEqualTo(100);
    }

    @Test
    void residentMemoryIsVmRssInKilobytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  400000 kB\nVmRSS:\t  312345 kB\nThreads:\t40\n";

        assertThat(ProcessUsage.rssKb(status)).isEqualTo(312345);
    }

    @Test
    void thisProcessCanBeRead() throws IOException {
        ProcessUsage usage = ProcessUsage.of(ProcessHandle.current().pid());

        assertThat(usage.rssKb()).isPositive();
        assertThat(usage.cpuMillis()).isNotNegative();
    }
}
