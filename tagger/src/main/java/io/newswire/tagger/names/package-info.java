/**
 * The names stage: person, organization and location names found by an averaged-perceptron sequence model, then
 * corrected by rules and made consistent across the text, and, once places are known, grouped into entities.
 *
 * <p>{@link io.newswire.tagger.names.NameFinder} reads the model and lexicon once (built by
 * {@code tagger-tools/bin/train-names}, see {@code tagger-tools/lexicon/README.md}). Per text: {@code NameFeatures}
 * and {@code NameModel} label the tokens; {@code NameRules} fixes spans that follow from how names are written
 * (titles, hyphenated adjectives, "(ACRONYM)", "River Ouse"); {@code NameConsistency} gives one reading per text
 * (majority type, surnames of persons named in full, "the news agency, Amaq,", repeated words left out). The places
 * stage then weighs these names against its own reading, and {@code EntityGrouping} groups the persons and
 * organizations that no place mention spans whole. Quality is measured by 5-fold cross-validation on GUM with each
 * fold's model inside the whole tagger ({@code io.newswire.tools.eval.EntityEvaluation}, {@code --errors} lists
 * the mistakes) and guarded by {@code EntityRegressionTest}.
 */
package io.newswire.tagger.names;
