package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexCheckTest {

    private static Acceptance accepted(String id, String url) {
        return new Acceptance(id, url, 0);
    }

    @Test
    void everyAcceptedArticleIndexedOnceUnderItsIdIsComplete() {
        IndexAudit.IndexCheck check = IndexAudit.IndexCheck.of(
                List.of(accepted("a", "u/1"), accepted("b", "u/2")),
                Map.of("u/1", List.of("a"), "u/2", List.of("b")));

        assertThat(check).isEqualTo(new IndexAudit.IndexCheck(2, 2, 0, 0, 0, List.of()));
    }

    @Test
    void anAcceptedArticleWithoutADocumentIsMissing() {
        IndexAudit.IndexCheck check = IndexAudit.IndexCheck.of(
                List.of(accepted("a", "u/1"), accepted("b", "u/2")), Map.of("u/1", List.of("a")));

        assertThat(check.missing()).isEqualTo(1);
        assertThat(check.missingIds()).containsExactly("b");
        assertThat(check.indexed()).isEqualTo(1);
    }

    @Test
    void twoDocumentsForOneArticleAreADuplicate() {
        IndexAudit.IndexCheck check = IndexAudit.IndexCheck.of(List.of(accepted("a", "u/1")),
                Map.of("u/1", List.of("a", "other")));

        assertThat(check.duplicates()).isEqualTo(1);
        assertThat(check.indexed()).isEqualTo(1);
    }

    @Test
    void aDocumentUnderAnotherIdThanThe202GaveIsADuplicate() {
        IndexAudit.IndexCheck check = IndexAudit.IndexCheck.of(List.of(accepted("a", "u/1")),
                Map.of("u/1", List.of("z")));

        assertThat(check.duplicates()).isEqualTo(1);
    }

    @Test
    void aSecond202ForOneArticleIsADuplicate() {
        IndexAudit.IndexCheck check = IndexAudit.IndexCheck.of(List.of(accepted("a", "u/1"), accepted("a", "u/1")),
                Map.of("u/1", List.of("a")));

        assertThat(check.duplicates()).isEqualTo(1);
        assertThat(check.accepted()).isEqualTo(1);
    }

    @Test
    void aDocumentOfAnArticleNeverAnswered202IsCountedApart() {
        IndexAudit.IndexCheck check = IndexAudit.IndexCheck.of(List.of(accepted("a", "u/1")),
                Map.of("u/1", List.of("a"), "u/9", List.of("c")));

        assertThat(check.unacknowledged()).isEqualTo(1);
        assertThat(check.duplicates()).isZero();
        assertThat(check.missing()).isZero();
    }
}
