/**
 * The places stage: gazetteer names found in an article, kept when they are place mentions and resolved to one
 * GeoNames feature each.
 *
 * <p>{@link io.newswire.tagger.places.Gazetteer} reads {@code gazetteer.bin} once (built by
 * {@code tagger-tools/bin/build-gazetteer}, see the README beside it). Per text, {@code NameMatcher} finds the
 * longest gazetteer name at every capitalized token, {@code ToponymFilter} decides by case and context which are
 * place mentions, and {@code PlaceResolver} chooses each name's place (prior, containment "X, Y", the article's
 * countries and divisions by how often they are named, the capitals of the countries it names, nearby towns). The name finder's reading is weighed, not obeyed: a name it read as a
 * person or organization stays a place in place contexts ("in Darfur", "Tyler, Texas", lists of places, "the town
 * of X"), as a country, division, region or city of a million ("Britain"), after "of" in a person's name
 * ("Governor of Virginia") and at the head of a public body ("California Department of Public Health"). Quality is
 * measured through the whole tagger by {@code io.newswire.tools.eval.PlaceEvaluation} ({@code ./pipeline eval},
 * {@code --errors} lists the mistakes) and guarded by {@code PlaceFixtureRegressionTest}.
 */
package io.newswire.tagger.places;
