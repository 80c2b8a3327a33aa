package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class NameModelTest {

    @Test
    void writtenModelsReadBackIdentical() throws IOException {
        NameModel model = NameModel.empty(4);
        model.weights()[3 * NameLabel.COUNT + 2] = 1.5f;
        model.weights()[15 * NameLabel.COUNT] = -0.25f;
        model.transitions()[5] = 2f;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NameModel read = NameModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.bits()).isEqualTo(4);
        assertThat(read.weights()).containsExactly(model.weights());
        assertThat(read.transitions()).containsExactly(model.transitions());
    }

    @Test
    void decodingNeverContinuesANameThatWasNotBegun() {
        NameModel model = NameModel.empty(4);
        int inside = NameLabel.inside(NameType.PERSON);
        float[] scores = new float[3 * NameLabel.COUNT];
        for (int i = 0; i < 3; i++) {
            scores[i * NameLabel.COUNT + inside] = 10f; // inside scores best everywhere
        }
        scores[NameLabel.begin(NameType.ORGANIZATION)] = 1f;
        int[] labels = new int[3];
        model.decodeSentence(scores, null, 0, 3, labels);
        assertThat(labels[0]).isNotEqualTo(inside);
        for (int i = 1; i < 3; i++) {
            assertThat(NameLabel.mayFollow(labels[i - 1], labels[i])).isTrue();
        }
    }

    @Test
    void tokensMarkedOutsideCannotBeInAName() {
        NameModel model = NameModel.empty(4);
        float[] scores = new float[2 * NameLabel.COUNT];
        scores[NameLabel.begin(NameType.PERSON)] = 5f;
        scores[NameLabel.COUNT + NameLabel.begin(NameType.PERSON)] = 5f;
        int[] labels = new int[2];
        model.decodeSentence(scores, new boolean[] {true, false}, 0, 2, labels);
        assertThat(labels).containsExactly(NameLabel.OUTSIDE, NameLabel.begin(NameType.PERSON));
    }
}
