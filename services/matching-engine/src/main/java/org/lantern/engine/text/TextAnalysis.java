package org.lantern.engine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis (standard tokenizer, possessives, lower case, stop words, Porter stemming) shared by the index,
 * the queries and the vocabulary, so that all three speak the same stems.
 */
public final class TextAnalysis {

	private final Analyzer analyzer = new EnglishAnalyzer();

	public Analyzer analyzer() {
		return analyzer;
	}

	/** The analysed tokens of a text, in order. Thread-safe: Lucene analyzers reuse per-thread components. */
	public List<String> tokens(String text) {
		List<String> out = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}
}
