package org.lantern.engine.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the vocabulary's concepts in a token sequence. A phrase matches when its tokens occur in order with at most
 * {@link #MAX_GAP} other tokens between neighbours, because officers write "claims are taking us months" where the
 * vocabulary says "claims take months".
 */
public final class ConceptTagger {

	static final int MAX_GAP = 2;

	private final Vocabulary vocabulary;

	public ConceptTagger(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** Concepts found, each with the token positions its phrases covered (positions index {@code tokens}). */
	public Map<String, BitSet> tag(List<String> tokens) {
		Map<String, BitSet> found = new LinkedHashMap<>();
		List<Integer> matched = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			for (Vocabulary.Phrase phrase : vocabulary.phrasesStartingWith(tokens.get(i))) {
				matched.clear();
				if (matchesAt(tokens, i, phrase.tokens(), matched)) {
					BitSet positions = found.computeIfAbsent(phrase.concept(), k -> new BitSet());
					matched.forEach(positions::set);
				}
			}
		}
		return found;
	}

	private static boolean matchesAt(List<String> tokens, int start, List<String> phrase, List<Integer> matched) {
		matched.add(start);
		int at = start;
		for (int k = 1; k < phrase.size(); k++) {
			int next = -1;
			for (int j = at + 1; j <= Math.min(tokens.size() - 1, at + 1 + MAX_GAP); j++) {
				if (tokens.get(j).equals(phrase.get(k))) {
					next = j;
					break;
				}
			}
			if (next < 0) {
				return false;
			}
			matched.add(next);
			at = next;
		}
		return true;
	}
}
