package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HostSpeedTest {

    @Test
    void aPassOnAFasterHostReadsLowerAtTheSpeedTheLimitWasMeasuredAt() {
        assertThat(HostSpeed.atSpeed(1.0, 5000, 4000)).isCloseTo(0.8, within(1e-9));
        assertThat(HostSpeed.atSpeed(0.6, 3000, 4500)).isCloseTo(0.9, within(1e-9));
        assertThat(HostSpeed.atSpeed(0.75, 4200, 4200)).isEqualTo(0.75);
    }
}
