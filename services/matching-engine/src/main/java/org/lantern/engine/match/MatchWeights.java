package org.lantern.engine.match;

/**
 * The knobs of matching, bound by the matching service from configuration. Defaults were measured on the dev set
 * (see the README): change them with the bench, not by feel.
 *
 * @param minRelevance below this relevance (0..1) an innovation is not proposed at all: "nothing good enough" beats
 *     a poor match
 * @param relativeCutoff an innovation whose relevance is below this fraction of the best one's is left out, so a
 *     clear answer is not padded with weak ones
 * @param coverageShare how much of the text relevance is the share of the need an innovation covers (the rest is the
 *     normalised BM25 score)
 * @param serviceAreaShare how much of relevance depends on the innovation being in the service areas the seeker
 *     named (the rest is text alone)
 * @param contextShare how much of the final score comes from evidence, transferability, similarity, distance and
 *     capacity; the rest is relevance, so context re-orders relevant matches but cannot make an irrelevant one
 *     relevant
 * @param evidence weight, within context, of the evaluation outcome, evidence level and stage
 * @param transferability weight, within context, of whether the evaluation says the learning transfers to the
 *     seeker's kind of council
 * @param similarity weight, within context, of how alike the two councils are (type and tier, population, region)
 * @param distance weight, within context, of how near the host is
 * @param capacity weight, within context, of the host's remaining capacity to host
 * @param lessonsOnlyFactor multiplier on the score of a failed innovation offered for its lessons
 * @param titleBoost BM25 field weight of the title
 * @param keywordsBoost BM25 field weight of the keywords
 * @param summaryBoost BM25 field weight of the summary
 * @param evaluationBoost BM25 field weight of the evaluation text (metrics and lessons)
 * @param conceptBoost BM25 weight of a vocabulary concept shared by request and innovation
 * @param relatedConceptCredit the fraction of a concept's weight given to a related concept (a problem and the kind
 *     of remedy that answers it)
 * @param distanceScaleKm the distance at which nearness counts half
 * @param otherInPersonFormatFactor multiplier on the score when the host offers in person, within reach, but not in
 *     the in-person format the seeker named (an open day for a seeker who asked for a hosted visit): the planner may
 *     still bring them together, and a seeker rarely refuses a visit for its name. 0 makes formats strict
 * @param conceptShare how much of coverage is counted in vocabulary concepts (subjects) rather than words
 * @param informativeWords how many of a request's rarest content words its text match and word coverage are
 *     measured against (a whole number): a need told at length is held to the same bar as one told briefly
 * @param answeredNeedMin how much (text relevance, 0..1) a request must read like a need an innovation answered before
 *     that counts for the innovation: below it, shared side-issues ("licensing", "roads") would pass for the need
 */
public record MatchWeights(double minRelevance, double relativeCutoff, double coverageShare, double serviceAreaShare,
		double contextShare, double evidence, double transferability, double similarity, double distance,
		double capacity, double lessonsOnlyFactor, double titleBoost, double keywordsBoost, double summaryBoost,
		double evaluationBoost, double conceptBoost, double relatedConceptCredit, double distanceScaleKm,
		double otherInPersonFormatFactor, double conceptShare, double informativeWords, double answeredNeedMin) {

	public MatchWeights {
		requireFraction("minRelevance", minRelevance);
		requireFraction("relativeCutoff", relativeCutoff);
		requireFraction("coverageShare", coverageShare);
		requireFraction("serviceAreaShare", serviceAreaShare);
		requireFraction("contextShare", contextShare);
		requireFraction("lessonsOnlyFactor", lessonsOnlyFactor);
		requireFraction("relatedConceptCredit", relatedConceptCredit);
		requireFraction("otherInPersonFormatFactor", otherInPersonFormatFactor);
		requireFraction("conceptShare", conceptShare);
		requireFraction("answeredNeedMin", answeredNeedMin);
		if (evidence < 0 || transferability < 0 || similarity < 0 || distance < 0 || capacity < 0
				|| evidence + transferability + similarity + distance + capacity <= 0) {
			throw new IllegalArgumentException("Context weights must be non-negative and not all zero");
		}
		if (titleBoost < 0 || keywordsBoost < 0 || summaryBoost < 0 || evaluationBoost < 0 || conceptBoost < 0) {
			throw new IllegalArgumentException("Field boosts must be non-negative");
		}
		if (informativeWords < 1 || informativeWords != Math.rint(informativeWords)) {
			throw new IllegalArgumentException("informativeWords must be a whole number of at least 1");
		}
		if (distanceScaleKm <= 0) {
			throw new IllegalArgumentException("distanceScaleKm must be positive");
		}
	}

	/** The measured defaults. */
	public static MatchWeights defaults() {
		return new MatchWeights(0.21, 0.30, 0.4, 0.6, 0.3, 0.35, 0.15, 0.25, 0.15, 0.10, 0.85, 2.0, 2.0, 1.0, 0.6,
				2.0, 0.5, 100, 0.9, 0.4, 16, 0.40);
	}

	private static void requireFraction(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
		}
	}
}
