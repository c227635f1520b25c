package org.lantern.bench.match;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.bench.Options;
import org.lantern.bench.UsageException;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetException;
import org.lantern.bench.dataset.JsonFiles;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.match.Ranking;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code match --dataset FILE --top K --out OUT.json [--hold-out SET.json,...]}: the rankings in the bench contract's
 * format.
 */
public final class MatchCommand {

	public static final Set<String> OPTIONS = Set.of("dataset", "top", "out", "threads", "hold-out");

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private MatchCommand() {
	}

	public static void run(Options options, PrintStream out) {
		File datasetFile = options.file("dataset");
		int top = options.integer("top", -1);
		if (top < 1) {
			throw new UsageException("match: --top K is required and must be at least 1");
		}
		File outFile = options.file("out");
		Dataset dataset = DatasetReader.read(datasetFile);
		long start = System.nanoTime();
		// Without --hold-out the matcher remembers every shipped answered need, as the service does.
		Matcher matcher = HeldOutNeeds.matcher(dataset, HeldOutNeeds.remembered(options.optional("hold-out"), Set.of()));
		List<Ranking> rankings = RankAll.rank(matcher, dataset.requests(), top,
				options.integer("threads", RankAll.defaultThreads()));
		long millis = (System.nanoTime() - start) / 1_000_000;
		JsonFiles.write(outFile, document(rankings));
		long unmatched = rankings.stream().filter(r -> !r.matched()).count();
		out.printf("ranked %d requests against %d innovations in %d ms (%d unmatched) -> %s%n", rankings.size(),
				dataset.innovations().size(), millis, unmatched, outFile);
	}

	/** The contract's {"rankings": {...}}, plus "unmatched" reasons and officer-readable explanations. */
	static Map<String, Object> document(List<Ranking> rankings) {
		Map<String, Object> byRequest = new LinkedHashMap<>();
		Map<String, Object> unmatched = new LinkedHashMap<>();
		for (Ranking ranking : rankings) {
			List<Map<String, Object>> matches = new ArrayList<>();
			for (MatchResult m : ranking.matches()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("innovationId", m.innovationId());
				entry.put("score", m.score());
				entry.put("reasons", m.reasons());
				entry.put("lessonsOnly", m.lessonsOnly());
				entry.put("explanation", m.explanation());
				matches.add(entry);
			}
			byRequest.put(ranking.requestId(), matches);
			if (!ranking.matched()) {
				unmatched.put(ranking.requestId(), Map.of("reason", ranking.unmatchedReason(), "explanation",
						ranking.explanation()));
			}
		}
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("rankings", byRequest);
		doc.put("unmatched", unmatched);
		return doc;
	}

}
