package org.lantern.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local-government vocabulary the engine reads from data files, so that officers' words for a problem meet
 * innovators' words for the solution. Each concept is a set of phrases that mean the same need or remedy
 * ("council tax" and "revenues"); related concepts give partial credit (a problem and the kind of remedy that
 * answers it). Phrases are kept in analysed (stemmed) form so matching uses the same tokens as the index.
 */
public final class Vocabulary {

	static final String CONCEPTS_RESOURCE = "/lantern/engine/vocabulary.txt";

	static final String GENERIC_RESOURCE = "/lantern/engine/generic-words.txt";

	/** A phrase as analysed tokens, with the concept it signals. */
	record Phrase(String concept, List<String> tokens) {
	}

	private final Map<String, List<Phrase>> phrasesByFirstToken;

	private final Map<String, Set<String>> related;

	private final Map<String, String> labels;

	private final Set<String> genericTerms;

	private Vocabulary(Map<String, List<Phrase>> phrasesByFirstToken, Map<String, Set<String>> related,
			Map<String, String> labels, Set<String> genericTerms) {
		this.phrasesByFirstToken = phrasesByFirstToken;
		this.related = related;
		this.labels = labels;
		this.genericTerms = genericTerms;
	}

	/** The vocabulary shipped with the engine. */
	public static Vocabulary standard(TextAnalysis analysis) {
		try (Reader concepts = open(CONCEPTS_RESOURCE); Reader generic = open(GENERIC_RESOURCE)) {
			return parse(concepts, generic, analysis);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader open(String resource) {
		InputStream in = Vocabulary.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Matching vocabulary missing from the classpath: " + resource);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	/**
	 * Reads concept lines {@code id = phrase | phrase | ...}, relation lines {@code id ~ other, other} and, from the
	 * second reader, generic words one or more a line. {@code #} starts a comment.
	 */
	public static Vocabulary parse(Reader concepts, Reader generic, TextAnalysis analysis) throws IOException {
		Map<String, List<Phrase>> byFirst = new HashMap<>();
		Map<String, Set<String>> related = new HashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		List<String[]> relations = new ArrayList<>();
		BufferedReader reader = new BufferedReader(concepts);
		int lineNo = 0;
		for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
			lineNo++;
			String line = stripComment(raw);
			if (line.isEmpty()) {
				continue;
			}
			int eq = line.indexOf('=');
			int tilde = line.indexOf('~');
			if (eq > 0 && (tilde < 0 || eq < tilde)) {
				String id = line.substring(0, eq).strip();
				checkId(id, lineNo);
				String[] phrases = line.substring(eq + 1).split("\\|");
				for (String phrase : phrases) {
					List<String> tokens = analysis.tokens(phrase.strip());
					if (tokens.isEmpty() || (tokens.size() == 1 && phrase.strip().split("\\s+").length > 1)) {
						// "in house" analyses to "hous": a phrase that collapses to one word would match every house.
						continue;
					}
					labels.putIfAbsent(id, phrase.strip());
					byFirst.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Phrase(id, tokens));
				}
			}
			else if (tilde > 0) {
				String id = line.substring(0, tilde).strip();
				checkId(id, lineNo);
				for (String other : line.substring(tilde + 1).split(",")) {
					if (!other.isBlank()) {
						relations.add(new String[] { id, other.strip() });
					}
				}
			}
			else {
				throw new IllegalArgumentException("Vocabulary line " + lineNo + " is neither 'id = phrases' nor 'id ~ ids': " + raw);
			}
		}
		for (String[] rel : relations) {
			for (String id : rel) {
				if (!labels.containsKey(id)) {
					throw new IllegalArgumentException("Vocabulary relates unknown concept '" + id + "'");
				}
			}
			// Relations are symmetric: a problem points to its remedy and the remedy back to the problem.
			related.computeIfAbsent(rel[0], k -> new LinkedHashSet<>()).add(rel[1]);
			related.computeIfAbsent(rel[1], k -> new LinkedHashSet<>()).add(rel[0]);
		}
		// Longer phrases first, so "council tax reduction" wins over "council tax" at the same place.
		byFirst.values().forEach(list -> list.sort((a, b) -> b.tokens().size() - a.tokens().size()));
		Set<String> genericTerms = new HashSet<>();
		BufferedReader g = new BufferedReader(generic);
		for (String raw = g.readLine(); raw != null; raw = g.readLine()) {
			String line = stripComment(raw);
			if (!line.isEmpty()) {
				genericTerms.addAll(analysis.tokens(line));
			}
		}
		return new Vocabulary(byFirst, related, labels, Collections.unmodifiableSet(genericTerms));
	}

	private static void checkId(String id, int lineNo) {
		if (!id.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("Vocabulary line " + lineNo + ": concept id must be lower_snake_case: '" + id + "'");
		}
	}

	private static String stripComment(String raw) {
		int hash = raw.indexOf('#');
		return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
	}

	List<Phrase> phrasesStartingWith(String token) {
		return phrasesByFirstToken.getOrDefault(token, List.of());
	}

	public Set<String> relatedTo(String concept) {
		return related.getOrDefault(concept, Set.of());
	}

	/** A concept's name for officers: its id read as words ("care_charging" is "care charging"). */
	public String label(String concept) {
		return concept.replace('_', ' ');
	}

	public boolean isGeneric(String term) {
		return genericTerms.contains(term);
	}

	public int conceptCount() {
		return labels.size();
	}
}
