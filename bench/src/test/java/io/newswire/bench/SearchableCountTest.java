package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SearchableCountTest {

    private static final long SECOND = 1_000_000_000L;

    private static SearchableCount.Poll poll(double seconds, long count) {
        return new SearchableCount.Poll((long) (seconds * SECOND), count);
    }

    @Test
    void sustainedRateLeavesOutTheFillingAndDrainingOfTheRun() {
        // 1,000 documents: nothing searchable for the first 2 s, then 100 more at each 1 s refresh, the last 100
        // only 3 s after the ninth refresh.
        List<SearchableCount.Poll> polls = List.of(poll(0, 0), poll(1, 0), poll(2, 0), poll(3.05, 100),
                poll(4.05, 200), poll(5.05, 300), poll(6.05, 400), poll(7.05, 500), poll(8.05, 600), poll(9.05, 700),
                poll(10.05, 800), poll(11.05, 900), poll(14.05, 1000));

        assertThat(SearchableCount.perSecondBetween(polls, 1000, 0.1, 0.9)).isCloseTo(100, Offset.offset(0.001));
        assertThat(Rates.perSecond(1000, polls.getLast().nanos())).isLessThan(75);
    }

    @Test
    void sustainedRateIsUnknownWhenOneCountFoundBothFractions() {
        List<SearchableCount.Poll> polls = List.of(poll(0, 0), poll(1, 1000));

        assertThat(SearchableCount.perSecondBetween(polls, 1000, 0.1, 0.9)).isNaN();
        assertThat(SearchableCount.perSecondBetween(List.of(poll(0, 0), poll(1, 500)), 1000, 0.1, 0.9)).isNaN();
    }

    @Test
    void awaitReturnsWhenTheFirstCountFindingThemAllWasSent() throws Exception {
        AtomicLong searchable = new AtomicLong();
        try (SearchableCount count = new SearchableCount(() -> searchable.addAndGet(250), 5, () -> { })) {
            long found = count.await(1000, 10_000, c -> { });

            SearchableCount.Poll first = count.polls().stream().filter(p -> p.count() >= 1000).findFirst()
                    .orElseThrow();
            assertThat(found).isEqualTo(first.nanos());
            assertThat(count.polls().getFirst().count()).isEqualTo(250);
        }
    }

    @Test
    void awaitGivesUpAfterItsTimeout() throws Exception {
        try (SearchableCount count = new SearchableCount(() -> 10, 5, () -> { })) {
            assertThat(count.await(1000, 50, c -> { })).isEqualTo(-1);
        }
    }

    @Test
    void tellsOfEachCountThatFoundMoreThanTheOneBefore() throws Exception {
        // A refresh every fourth count until all 300 are searchable: 0, 0, 0, 0, 100, 100, 100, 100, 200, ... 300.
        AtomicLong counts = new AtomicLong();
        AtomicInteger growths = new AtomicInteger();
        try (SearchableCount count = new SearchableCount(() -> Math.min(counts.getAndIncrement() / 4 * 100, 300), 5,
                growths::incrementAndGet)) {
            count.await(300, 10_000, c -> { });
        }

        assertThat(growths).hasValue(3);
    }
}
