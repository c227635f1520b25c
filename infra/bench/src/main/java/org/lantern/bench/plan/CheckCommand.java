package org.lantern.bench.plan;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lantern.bench.Options;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.bench.dataset.JsonFiles;
import org.lantern.bench.dataset.Judgments;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.PlanChecker;
import org.lantern.engine.plan.PlanMetrics;
import org.lantern.engine.plan.PlanningProblem;
import org.lantern.engine.plan.Violation;

/**
 * {@code check --dataset FILE --plan PLAN.json [--json OUT.json]}: every hard constraint of the contract, verified
 * from the files; when the dataset's requests carry judgments, also how relevant the placements are
 * ({@link JudgedEvaluation}) and how many any plan could place relevantly at most ({@link JudgedCeiling}).
 */
public final class CheckCommand {

	public static final Set<String> OPTIONS = Set.of("dataset", "plan", "json");

	/** Unrelated placements printed; the JSON file lists them all. */
	private static final int SHOWN = 20;

	private static final int TOPIC_CHARS = 60;

	private CheckCommand() {
	}

	/** @return 0 when the plan holds, 3 when it breaks a rule */
	public static int run(Options options, PrintStream out) {
		File datasetFile = options.file("dataset");
		Dataset dataset = DatasetReader.read(datasetFile);
		PlanningProblem problem = dataset.problem();
		Plan plan = PlanJson.read(options.file("plan"));
		List<Violation> violations = new PlanChecker(problem).check(plan);
		print(violations, out);
		Map<String, Map<String, Integer>> judgments = Judgments.read(datasetFile);
		JudgedEvaluation evaluation = judgments.values().stream().anyMatch(g -> !g.isEmpty())
				? JudgedEvaluation.of(dataset, judgments, plan) : null;
		JudgedCeiling ceiling = null;
		if (evaluation != null) {
			print(evaluation, plan.metrics(), out);
			ceiling = JudgedCeiling.of(dataset, judgments).orElse(null);
			print(evaluation, ceiling, out);
		}
		if (options.optional("json") != null) {
			JsonFiles.write(options.file("json"), document(evaluation, ceiling, plan.metrics(), violations));
		}
		return violations.isEmpty() ? 0 : 3;
	}

	static void print(List<Violation> violations, PrintStream out) {
		if (violations.isEmpty()) {
			out.println("check: 0 violations");
			return;
		}
		Map<String, Integer> byRule = new TreeMap<>();
		violations.forEach(v -> byRule.merge(v.rule(), 1, Integer::sum));
		out.println("check: " + violations.size() + " violations " + byRule);
		violations.stream().limit(50).forEach(v -> out.println("  " + v));
	}

	static void print(JudgedEvaluation e, PlanMetrics metrics, PrintStream out) {
		Map<Integer, Integer> g = e.placementsByGrade();
		out.printf(Locale.ROOT, "judged: placements by best grade  3: %d  2: %d  1: %d  0 (unrelated): %d%n", g.get(3),
				g.get(2), g.get(1), g.get(0));
		out.printf(Locale.ROOT, "judged: %d unrelated placements%s%n", e.unrelated().size(),
				e.unrelated().size() > SHOWN ? " (first " + SHOWN + ")" : "");
		e.unrelated().stream().limit(SHOWN).forEach(p -> out.printf(Locale.ROOT, "  %s %s %s \"%s\"%n", p.requestId(),
				p.seekerCouncil(), p.innovationIds(), truncate(p.topic())));
		out.printf(Locale.ROOT,
				"judged: servable by judgments %d of %d requests (%d judged); served relevant (grade >= 2) %d, %.1f%% of"
						+ " servable by judgments%n",
				e.servableJudged(), e.requests(), e.judgedRequests(), e.servedRelevant(), 100 * e.servedRelevantShare());
		out.printf(Locale.ROOT, "judged: servable by judgments but not served relevantly %s%n", missedByFate(e));
		String servable = metrics == null || metrics.servable() < 0 ? "servable unknown"
				: String.format(Locale.ROOT, "servable %d (%.1f%%)", metrics.servable(),
						100 * metrics.servedShareOfServable());
		out.printf(Locale.ROOT, "plan: served %d of %d, %s; %.2f seekers per host-day (%d / %.2f host-days)%n",
				e.served(), e.requests(), servable, e.seekersPerHostDay(), e.served(), e.hostDays());
	}

	static void print(JudgedEvaluation e, JudgedCeiling ceiling, PrintStream out) {
		if (ceiling == null) {
			out.println("judged: no ceiling (the solver's native library did not load, or the workload has more than "
					+ JudgedCeiling.MAX_PRESENTER_PAIRS + " pairs of network-meeting presenter and venue per quarter)");
			return;
		}
		out.printf(Locale.ROOT,
				"judged: any plan could place at most %d relevantly (%.1f%% of servable by judgments%s: hosts' caps and"
						+ " rooms); this plan places %.1f%% of that%n",
				ceiling.ceiling(), e.servableJudged() == 0 ? 0 : 100.0 * ceiling.ceiling() / e.servableJudged(),
				ceiling.proven() ? "" : ", bound not proven tight", ceiling.ceiling() == 0 ? 0
						: 100.0 * e.servedRelevant() / ceiling.ceiling());
	}

	private static String truncate(String topic) {
		// ASCII dots: a terminal in the POSIX locale would print a '?' for an ellipsis character.
		return topic.length() <= TOPIC_CHARS ? topic : topic.substring(0, TOPIC_CHARS - 3) + "...";
	}

	/** The figures for scripts; the judged ones are null when the dataset has no judgments. */
	static Map<String, Object> document(JudgedEvaluation e, JudgedCeiling ceiling, PlanMetrics metrics,
			List<Violation> violations) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("violations", violations.size());
		Map<String, Integer> byRule = new TreeMap<>();
		violations.forEach(v -> byRule.merge(v.rule(), 1, Integer::sum));
		doc.put("violationsByRule", byRule);
		doc.put("judged", e != null);
		doc.put("requests", e == null ? null : e.requests());
		doc.put("judgedRequests", e == null ? null : e.judgedRequests());
		doc.put("servableJudged", e == null ? null : e.servableJudged());
		doc.put("servedRelevant", e == null ? null : e.servedRelevant());
		doc.put("servedRelevantShare", e == null ? null : round(e.servedRelevantShare()));
		Map<String, Integer> byGrade = new LinkedHashMap<>();
		if (e != null) {
			e.placementsByGrade().forEach((grade, n) -> byGrade.put(String.valueOf(grade), n));
		}
		doc.put("placementsByGrade", e == null ? null : byGrade);
		List<Object> unrelated = new ArrayList<>();
		if (e != null) {
			for (JudgedEvaluation.Placement p : e.unrelated()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("requestId", p.requestId());
				m.put("seekerCouncil", p.seekerCouncil());
				m.put("innovationIds", p.innovationIds());
				m.put("topic", p.topic());
				m.put("gatheringId", p.gatheringId());
				m.put("kind", p.kind().name());
				m.put("score", p.score());
				m.put("reasons", new TreeMap<>(p.reasons()));
				unrelated.add(m);
			}
		}
		doc.put("unrelated", e == null ? null : unrelated);
		doc.put("missedByFate", e == null ? null : missedByFate(e));
		doc.put("missed", e == null ? null : e.missed());
		if (e != null) {
			doc.put("served", e.served());
			doc.put("hostDays", round(e.hostDays()));
			doc.put("seekersPerHostDay", round(e.seekersPerHostDay()));
		}
		else {
			doc.put("served", metrics == null ? null : metrics.served());
			doc.put("hostDays", metrics == null ? null : metrics.hostDays());
			doc.put("seekersPerHostDay", metrics == null ? null : metrics.seekersPerHostDay());
		}
		doc.put("planServed", metrics == null ? null : metrics.served());
		doc.put("planServable", metrics == null || metrics.servable() < 0 ? null : metrics.servable());
		doc.put("planServedShareOfServable", metrics == null || metrics.servable() < 0 ? null
				: metrics.servedShareOfServable());
		doc.put("ceilingRelevant", ceiling == null ? null : ceiling.ceiling());
		doc.put("ceilingProven", ceiling == null ? null : ceiling.proven());
		return doc;
	}

	private static Map<String, Integer> missedByFate(JudgedEvaluation e) {
		Map<String, Integer> byFate = new TreeMap<>();
		e.missed().values().forEach(fate -> byFate.merge(fate, 1, Integer::sum));
		return byFate;
	}

	private static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}
}
