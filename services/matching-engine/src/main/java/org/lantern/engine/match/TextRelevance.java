package org.lantern.engine.match;

import org.lantern.engine.text.InnovationIndex;
import org.lantern.engine.text.QueryText;
import org.lantern.engine.text.Vocabulary;

/**
 * How well the texts of one index answer one query, before service areas: the share of the need a text covers,
 * blended with BM25 on a 0..1 scale. Prepared once per query and index.
 */
final class TextRelevance {

	private final Coverage coverage;

	private final double ideal;

	private final MatchWeights weights;

	private TextRelevance(Coverage coverage, double ideal, MatchWeights weights) {
		this.coverage = coverage;
		this.ideal = ideal;
		this.weights = weights;
	}

	static TextRelevance of(QueryText query, InnovationIndex index, Vocabulary vocabulary, MatchWeights weights,
			InnovationIndex.Boosts boosts) {
		int informativeWords = (int) weights.informativeWords();
		return new TextRelevance(
				Coverage.of(query, index, vocabulary, weights.relatedConceptCredit(), informativeWords),
				index.idealScore(query, boosts, informativeWords), weights);
	}

	double coverage(InnovationIndex.Hit hit) {
		return coverage.of(hit.ordinal(), weights.conceptShare());
	}

	double textMatch(InnovationIndex.Hit hit) {
		return ideal <= 0 ? 0 : Math.min(1, hit.bm25() / ideal);
	}

	double of(InnovationIndex.Hit hit) {
		return blend(coverage(hit), textMatch(hit));
	}

	double blend(double covered, double textMatch) {
		return weights.coverageShare() * covered + (1 - weights.coverageShare()) * textMatch;
	}
}
