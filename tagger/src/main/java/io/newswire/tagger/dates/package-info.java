/**
 * The date stage: TIMEX3 temporal expressions (DATE, TIME, DURATION, SET) normalized against the publication date.
 *
 * <p>{@link io.newswire.tagger.dates.DateTagger} reads {@code lexicon.tsv} once (hand-written from the TimeML/TIMEX3
 * guidelines; its header documents the format). Per text, {@code TimexScanner} looks every token up once in that
 * {@code Lexicon}, and around each token that can head an expression matches forward (day, year, zone...) and
 * backward over the modifiers the span includes ("the", "last", "early", "about"). {@code Anchor} does the calendar
 * arithmetic on the publication date; {@code TenseCues} decides whether "Friday" or "in August" lies before or
 * after it. Quality is measured by {@code io.newswire.tools.eval.DateEvaluation} (TempEval-3 TimeBank + AQUAINT)
 * and guarded by {@code DateFixtureRegressionTest}; speed by {@code io.newswire.tools.eval.DateBenchmark}.
 */
package io.newswire.tagger.dates;
