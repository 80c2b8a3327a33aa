package io.newswire.tagger.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.model.TemporalExpression;
import io.newswire.model.TimexType;
import io.newswire.tagger.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTaggerTest {

    private static final DateTagger TAGGER = DateTagger.load();
    private static final LocalDate DECEMBER_13 = LocalDate.of(2016, 12, 13); // a Tuesday

    private static List<TemporalExpression> tag(String text, LocalDate publicationDate) {
        return TAGGER.tag(new Tokenizer().tokenize(text), publicationDate);
    }

    @Test
    void seedArticleGivesItsDates() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("seed-palmyra.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<TemporalExpression> dates = tag(text, DECEMBER_13);

        assertThat(dates).extracting(TemporalExpression::text, TemporalExpression::value).contains(
                tuple("10 December", "2016-12-10"),
                tuple("May 2015", "2015-05"),
                tuple("August 5, 2010", "2010-08-05"),
                tuple("10", "2016-12-10"),
                tuple("11 December", "2016-12-11"),
                tuple("March 2016", "2016-03"),
                tuple("three-day", "P3D"),
                tuple("8 December", "2016-12-08"));
        for (TemporalExpression date : dates) {
            assertThat(text.substring(date.start(), date.end())).isEqualTo(date.text());
        }
        assertThat(dates).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void dayRangeGivesOneDatePerDay() {
        assertThat(tag("fighting on 10-11 December 2016 and on December 20-21", DECEMBER_13))
                .extracting(TemporalExpression::text, TemporalExpression::value)
                .containsExactly(tuple("10", "2016-12-10"), tuple("11 December 2016", "2016-12-11"),
                        tuple("December 20", "2016-12-20"), tuple("21", "2016-12-21"));
    }

    @Test
    void dayWithoutYearTakesTheNearestYearOrTheTenseOfItsClause() {
        assertThat(values("The city fell on 10 December.", DECEMBER_13)).containsExactly("2016-12-10");
        assertThat(values("The rights expire Jan. 2.", DECEMBER_13)).containsExactly("2017-01-02");
        assertThat(values("The index reached its record on Aug. 6.", LocalDate.of(1998, 2, 6)))
                .containsExactly("1997-08-06");
        assertThat(values("Elections will be held in March.", DECEMBER_13)).containsExactly("2017-03");
    }

    @Test
    void weekdaysLookBackUnlessTheClauseLooksAhead() {
        assertThat(values("The king met Bush on Sunday.", DECEMBER_13)).containsExactly("2016-12-11");
        assertThat(values("The king will meet Bush on Sunday.", DECEMBER_13)).containsExactly("2016-12-18");
        assertThat(values("He said Tuesday that talks failed.", DECEMBER_13)).containsExactly("2016-12-13");
        assertThat(values("last Friday, next Monday", DECEMBER_13)).containsExactly("2016-12-09", "2016-12-19");
    }

    @Test
    void relativeUnitsCountFromThePublicationDate() {
        assertThat(tag("today, yesterday, tomorrow, last week, this month, next year, two years ago, "
                + "a year earlier, three weeks ago, last fall, this summer", DECEMBER_13))
                .extracting(TemporalExpression::text, TemporalExpression::value)
                .containsExactly(tuple("today", "2016-12-13"), tuple("yesterday", "2016-12-12"),
                        tuple("tomorrow", "2016-12-14"), tuple("last week", "2016-W49"),
                        tuple("this month", "2016-12"), tuple("next year", "2017"),
                        tuple("two years ago", "2014"), tuple("a year earlier", "2015"),
                        tuple("three weeks ago", "2016-W47"), tuple("last fall", "2015-FA"),
                        tuple("this summer", "2016-SU"));
    }

    @Test
    void modifiersBelongToTheSpan() {
        assertThat(texts("early next year, the end of 1990, late November, mid-1996, the 1990s, "
                + "nearly forty years, the past two months, more than four hours", DECEMBER_13))
                .containsExactly("early next year", "the end of 1990", "late November", "mid-1996", "the 1990s",
                        "nearly forty years", "the past two months", "more than four hours");
    }

    @Test
    void quartersAndHalvesOfTheYear() {
        LocalDate october = LocalDate.of(1989, 10, 26);
        assertThat(tag("Profit rose in the third quarter, up from a year earlier. Net for the fourth quarter of "
                + "1988 and the first half of 1990; third-quarter sales; the 1980s.", october))
                .extracting(TemporalExpression::text, TemporalExpression::value)
                .containsExactly(tuple("the third quarter", "1989-Q3"), tuple("a year earlier", "1988-Q3"),
                        tuple("the fourth quarter of 1988", "1988-Q4"), tuple("the first half of 1990", "1990-H1"),
                        tuple("third-quarter", "1989-Q3"), tuple("the 1980s", "198"));
    }

    @Test
    void durationsCountTheirUnits() {
        assertThat(tag("for three days, a two-year term, 18 months, a few weeks, several years, an hour",
                DECEMBER_13)).extracting(TemporalExpression::type, TemporalExpression::value)
                .containsExactly(tuple(TimexType.DURATION, "P3D"), tuple(TimexType.DURATION, "P2Y"),
                        tuple(TimexType.DURATION, "P18M"), tuple(TimexType.DURATION, "PXW"),
                        tuple(TimexType.DURATION, "PXY"), tuple(TimexType.DURATION, "PT1H"));
    }

    @Test
    void setsRepeat() {
        assertThat(tag("They meet every Thursday, each year, annually and twice a day.", DECEMBER_13))
                .extracting(TemporalExpression::text, TemporalExpression::type, TemporalExpression::value)
                .containsExactly(tuple("every Thursday", TimexType.SET, "XXXX-WXX-4"),
                        tuple("each year", TimexType.SET, "P1Y"), tuple("annually", TimexType.SET, "P1Y"),
                        tuple("a day", TimexType.SET, "P1D"));
    }

    @Test
    void clockTimesTakeTheirDay() {
        assertThat(tag("at 10:35 a.m., at 5 p.m. EST Friday, noon Thursday, on Monday at 2 p.m.", DECEMBER_13))
                .extracting(TemporalExpression::text, TemporalExpression::type, TemporalExpression::value)
                .containsExactly(tuple("10:35 a.m.", TimexType.TIME, "2016-12-13T10:35"),
                        tuple("5 p.m. EST Friday", TimexType.TIME, "2016-12-09T17:00"),
                        tuple("noon Thursday", TimexType.TIME, "2016-12-08T12:00"),
                        tuple("Monday", TimexType.DATE, "2016-12-12"),
                        tuple("2 p.m.", TimexType.TIME, "2016-12-12T14:00"));
    }

    @Test
    void referencesToThePresentPastAndFuture() {
        assertThat(values("Now it is currently quiet, as it was recently; in the future it may change.",
                DECEMBER_13)).containsExactly("PRESENT_REF", "PRESENT_REF", "PAST_REF", "FUTURE_REF");
    }

    @Test
    void unknownPublicationDateLeavesTheYearUnknown() {
        assertThat(values("on 10 December, last week, on Sunday, in the third quarter, on 12/10/2016", null))
                .containsExactly("XXXX-12-10", "XXXX-WXX", "XXXX-WXX-7", "XXXX-Q3", "2016-12-10");
    }

    @Test
    void wordsThatOnlyLookTemporalAreLeftAlone() {
        assertThat(tag("Mr. Smith, 52 years old, may march. May I? It paid $1990 and its quarterly dividend; "
                + "three-quarters of the food; the fall of prices; a second test.", DECEMBER_13)).isEmpty();
    }

    @Test
    void holidaysResolveToTheirDates() {
        assertThat(values("Christmas, last Christmas, Thanksgiving Day, Easter, last Easter", DECEMBER_13))
                .containsExactly("2016-12-25", "2015-12-25", "2016-11-24", "2017-04-16", "2016-03-27");
    }

    private static List<String> values(String text, LocalDate publicationDate) {
        return tag(text, publicationDate).stream().map(TemporalExpression::value).toList();
    }

    private static List<String> texts(String text, LocalDate publicationDate) {
        return tag(text, publicationDate).stream().map(TemporalExpression::text).toList();
    }
}
