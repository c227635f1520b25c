package org.lantern.engine.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Needs that innovations have answered, in the words officers used to ask for them: judged requests the matcher
 * remembers. Officers describe a problem ("teenagers in residential homes at £6,000 a week") in words the innovator
 * never used for the remedy ("a salaried professional foster carer role"); a new request that reads like a
 * remembered one is answered by the same innovation. Data, not code: {@code answered-needs.tsv}.
 */
public final class AnsweredNeeds {

	static final String RESOURCE = "/lantern/engine/answered-needs.tsv";

	/** One remembered need: the innovation that answers it (by id and title), how well (2 or 3), and the request. */
	public record Need(String innovationId, String innovationTitle, int grade, String requestId, String text) {
	}

	private static final AnsweredNeeds STANDARD = load();

	private final List<Need> needs;

	private AnsweredNeeds(List<Need> needs) {
		this.needs = List.copyOf(needs);
	}

	/** The needs shipped with the engine. */
	public static AnsweredNeeds standard() {
		return STANDARD;
	}

	public static AnsweredNeeds none() {
		return new AnsweredNeeds(List.of());
	}

	/**
	 * Reads tab-separated lines: innovation id, innovation title, grade, request id, need. {@code #} starts a comment
	 * line.
	 */
	public static AnsweredNeeds parse(Reader in) throws IOException {
		List<Need> needs = new ArrayList<>();
		BufferedReader reader = new BufferedReader(in);
		int lineNo = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNo++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			if (f.length != 5 || f[0].isBlank() || f[4].isBlank()) {
				throw new IllegalArgumentException("Answered need, line " + lineNo
						+ ": expected innovation id, title, grade, request id and need, tab-separated");
			}
			needs.add(new Need(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
		}
		return new AnsweredNeeds(needs);
	}

	private static AnsweredNeeds load() {
		InputStream in = AnsweredNeeds.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("Answered needs missing from the classpath: " + RESOURCE);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same without the needs of these requests: what an honest measurement on those requests must use. */
	public AnsweredNeeds withoutRequests(Set<String> requestIds) {
		return new AnsweredNeeds(needs.stream().filter(n -> !requestIds.contains(n.requestId())).toList());
	}

	/** The same and these more: the shipped needs with those the running service learned, say. */
	public AnsweredNeeds with(Collection<Need> more) {
		List<Need> all = new ArrayList<>(needs);
		all.addAll(more);
		return new AnsweredNeeds(all);
	}

	public List<Need> all() {
		return needs;
	}

	public int size() {
		return needs.size();
	}

	/** Case and spacing do not make a text another one. */
	static String normalised(String text) {
		return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}
}
