package org.lantern.engine.text;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analysis, concept tagging and generic-word filtering in one place, used for both innovations and requests. */
public final class TextPipeline {

	private final TextAnalysis analysis;

	private final Vocabulary vocabulary;

	private final ConceptTagger tagger;

	public TextPipeline(TextAnalysis analysis, Vocabulary vocabulary) {
		this.analysis = analysis;
		this.vocabulary = vocabulary;
		this.tagger = new ConceptTagger(vocabulary);
	}

	/** The shipped English analysis and local-government vocabulary. */
	public static TextPipeline standard() {
		TextAnalysis analysis = new TextAnalysis();
		return new TextPipeline(analysis, Vocabulary.standard(analysis));
	}

	public TextAnalysis analysis() {
		return analysis;
	}

	public Vocabulary vocabulary() {
		return vocabulary;
	}

	public ConceptTagger tagger() {
		return tagger;
	}

	public QueryText query(String text) {
		List<String> tokens = analysis.tokens(text);
		Map<String, BitSet> concepts = tagger.tag(tokens);
		Map<String, BitSet> content = new LinkedHashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			String t = tokens.get(i);
			if (isContent(t)) {
				content.computeIfAbsent(t, k -> new BitSet()).set(i);
			}
		}
		return new QueryText(tokens, concepts, content);
	}

	/** Numbers, single letters and generic request wording say nothing about which innovation fits. */
	boolean isContent(String term) {
		if (term.length() < 2 || vocabulary.isGeneric(term)) {
			return false;
		}
		for (int i = 0; i < term.length(); i++) {
			if (!Character.isDigit(term.charAt(i)) && term.charAt(i) != '.' && term.charAt(i) != ',') {
				return true;
			}
		}
		return false;
	}
}
