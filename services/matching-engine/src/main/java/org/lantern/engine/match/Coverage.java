package org.lantern.engine.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.lantern.engine.text.InnovationIndex;
import org.lantern.engine.text.QueryText;
import org.lantern.engine.text.Vocabulary;

/**
 * How much of a request's need each innovation covers, prepared once per request as sets of innovations so that
 * judging each candidate is a few bit lookups.
 *
 * <p>
 * Word coverage is the share of the request's content words, weighted by rarity, that an innovation uses itself or
 * speaks to through a vocabulary concept both share (a related concept earns part of the credit). Concept coverage
 * is the share of the request's concepts, weighted by rarity and by how much of the request each spans, that the
 * innovation shares: word coverage alone lets one shared side-issue ("enforcement") look as good as the subject
 * ("licensing private rented homes").
 *
 * <p>
 * Word coverage is measured against the request's most informative words only (the rarest, up to a fixed number):
 * a need told in five sentences names more side-issues than one told in two, and no innovation should need to cover
 * them all to count as covering the need.
 */
final class Coverage {

	/** One part of the need: its weight, the innovations that cover it, and those that cover it in part. */
	private record Part(double weight, BitSet full, BitSet partial) {
	}

	private final List<Part> words;

	private final List<Part> concepts;

	private final double partialCredit;

	/** The weight of the request's most informative words: what full word coverage means. */
	private final double wordTotal;

	/** The weight of all the request's concepts. */
	private final double conceptTotal;

	private Coverage(List<Part> words, List<Part> concepts, double partialCredit, double wordTotal) {
		this.words = words;
		this.concepts = concepts;
		this.partialCredit = partialCredit;
		this.wordTotal = wordTotal;
		this.conceptTotal = concepts.stream().mapToDouble(Part::weight).sum();
	}

	static Coverage of(QueryText query, InnovationIndex index, Vocabulary vocabulary, double relatedCredit,
			int informativeWords) {
		List<Part> words = new ArrayList<>();
		for (Map.Entry<String, BitSet> term : query.contentTerms().entrySet()) {
			BitSet full = (BitSet) index.docsWithTerm(term.getKey()).clone();
			BitSet partial = new BitSet();
			for (Map.Entry<String, BitSet> concept : query.concepts().entrySet()) {
				if (concept.getValue().intersects(term.getValue())) {
					full.or(index.docsWithConcept(concept.getKey()));
					vocabulary.relatedTo(concept.getKey()).forEach(r -> partial.or(index.docsWithConcept(r)));
				}
			}
			words.add(new Part(index.termIdf(term.getKey()), full, partial));
		}
		List<Part> concepts = new ArrayList<>();
		for (Map.Entry<String, BitSet> concept : query.concepts().entrySet()) {
			BitSet partial = new BitSet();
			vocabulary.relatedTo(concept.getKey()).forEach(r -> partial.or(index.docsWithConcept(r)));
			double weight = index.conceptIdf(concept.getKey()) * Math.sqrt(concept.getValue().cardinality());
			concepts.add(new Part(weight, index.docsWithConcept(concept.getKey()), partial));
		}
		double wordTotal = DoubleStream.of(
				InnovationIndex.rarest(words.stream().mapToDouble(Part::weight), informativeWords)).sum();
		return new Coverage(words, concepts, relatedCredit, wordTotal);
	}

	/** Word and concept coverage of one innovation, blended; concept coverage falls back to words when none. */
	double of(int ordinal, double conceptShare) {
		double words = share(this.words, wordTotal, ordinal, 0);
		double concepts = share(this.concepts, conceptTotal, ordinal, words);
		return (1 - conceptShare) * words + conceptShare * concepts;
	}

	private double share(List<Part> parts, double total, int ordinal, double fallback) {
		double covered = 0;
		for (Part part : parts) {
			if (part.full().get(ordinal)) {
				covered += part.weight();
			}
			else if (part.partial().get(ordinal)) {
				covered += part.weight() * partialCredit;
			}
		}
		return total == 0 ? fallback : Math.min(1, covered / total);
	}
}
