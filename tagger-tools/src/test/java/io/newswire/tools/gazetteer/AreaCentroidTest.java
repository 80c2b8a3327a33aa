package io.newswire.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AreaCentroidTest {

    @Test
    void centresASquareOnTheEquator() {
        AreaCentroid c = new AreaCentroid();
        c.addRing(new double[] {10, -1, 12, -1, 12, 1, 10, 1}, 1);

        assertThat(c.lat()).isCloseTo(0, within(1e-6));
        assertThat(c.lon()).isCloseTo(11, within(1e-6));
    }

    @Test
    void weighsPartsByTheirArea() {
        AreaCentroid c = new AreaCentroid();
        c.addRing(new double[] {0, 0, 3, 0, 3, 1, 0, 1}, 1);
        c.addRing(new double[] {10, 0, 11, 0, 11, 1, 10, 1}, 1);

        assertThat(c.lon()).isCloseTo((1.5 * 3 + 10.5) / 4, within(1e-3));
    }

    @Test
    void keepsShapesAcrossTheAntimeridianWhole() {
        AreaCentroid c = new AreaCentroid();
        c.addRing(new double[] {178, -1, 180, -1, 180, 1, 178, 1}, 1);
        c.addRing(new double[] {-180, -1, -178, -1, -178, 1, -180, 1}, 1);

        assertThat(Math.abs(c.lon())).isCloseTo(180, within(1e-6));
    }

    @Test
    void subtractsHoles() {
        AreaCentroid c = new AreaCentroid();
        c.addRing(new double[] {0, 0, 4, 0, 4, 1, 0, 1}, 1);
        c.addRing(new double[] {2, 0, 4, 0, 4, 1, 2, 1}, -1);

        assertThat(c.lon()).isCloseTo(1, within(1e-3));
    }
}
