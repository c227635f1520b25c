package org.lantern.bench.plan;

import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import org.lantern.bench.Options;
import org.lantern.bench.UsageException;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.bench.dataset.JsonFiles;
import org.lantern.bench.match.HeldOutNeeds;
import org.lantern.bench.match.WeightsConfig;
import org.lantern.engine.match.AnsweredNeeds;
import org.lantern.engine.match.MatchWeights;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.PlanChecker;
import org.lantern.engine.plan.PlanMetrics;
import org.lantern.engine.plan.PlanProgress;
import org.lantern.engine.plan.Planner;
import org.lantern.engine.plan.PlannerOptions;
import org.lantern.engine.plan.PlanningProblem;
import org.lantern.engine.plan.Strategy;
import org.lantern.engine.plan.Violation;

/**
 * {@code plan --dataset FILE --out OUT.json [--strategy lantern|naive|first-fit] [--check] [--threads T]
 * [--progress]}: matches and bundles all requests into gatherings, in the bench contract's format.
 */
public final class PlanCommand {

	public static final Set<String> OPTIONS = Set.of("dataset", "out", "strategy", "check", "threads", "progress",
			"candidates", "relative-score", "fallback-relevance", "rescue-relevance", "seekers-per-host-day",
			"hold-out");

	private PlanCommand() {
	}

	/** @return 0, or 3 when {@code --check} found violations */
	public static int run(Options options, PrintStream out, PrintStream err) {
		File datasetFile = options.file("dataset");
		File outFile = options.file("out");
		Strategy strategy = strategy(options.optional("strategy"));
		PlannerOptions plannerOptions = PlannerOptions.defaults().withStrategy(strategy);
		if (options.optional("threads") != null) {
			plannerOptions = plannerOptions.withThreads(options.integer("threads", plannerOptions.threads()));
		}
		if (options.optional("candidates") != null) {
			plannerOptions = plannerOptions.withTopK(options.integer("candidates", plannerOptions.topK()));
		}
		plannerOptions = tuned(plannerOptions, options, "relative-score", "between 0 and 1",
				PlannerOptions::withRelativeScore);
		plannerOptions = tuned(plannerOptions, options, "fallback-relevance", "between 0 and 1",
				PlannerOptions::withFallbackRelevance);
		plannerOptions = tuned(plannerOptions, options, "rescue-relevance", "between 0 and the fallback relevance",
				PlannerOptions::withRescueRelevance);
		plannerOptions = tuned(plannerOptions, options, "seekers-per-host-day", "of at least 0",
				PlannerOptions::withSeekersPerHostDay);
		Dataset dataset = DatasetReader.read(datasetFile);
		PlanningProblem problem = dataset.problem();
		PlanProgress progress = options.flag("progress") ? new ConsoleProgress(err) : PlanProgress.NONE;
		Planner planner = new Planner(plannerOptions);
		Plan plan;
		MatchWeights weights = WeightsConfig.fromSystemProperties();
		String holdOut = options.optional("hold-out");
		if (holdOut == null && weights.equals(MatchWeights.defaults())) {
			plan = planner.plan(problem, progress);
		}
		else {
			// Measuring: the matcher is built here, so runtimeMs leaves out its index, as it does for match-eval.
			AnsweredNeeds remembered = holdOut == null ? AnsweredNeeds.standard()
					: HeldOutNeeds.remembered(holdOut, Set.of());
			err.println(HeldOutNeeds.describe(remembered));
			plan = planner.plan(problem,
					new Matcher(problem.councils(), problem.innovations(), weights, code -> 1.0, remembered), progress);
		}
		JsonFiles.write(outFile, PlanJson.document(plan, strategy.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		PlanMetrics m = plan.metrics();
		out.printf(Locale.ROOT,
				"%s: %d of %d requests served (%d servable, %.1f%%) in %d gatherings, %.2f host-days (naive %.0f),"
						+ " %.2f seekers per host-day, max %d per host-quarter, %d ms -> %s%n",
				strategy.name().toLowerCase(Locale.ROOT).replace('_', '-'), m.served(), m.requests(), m.servable(),
				100 * m.servedShareOfServable(), m.gatherings(), m.hostDays(), m.naiveHostDays(), m.seekersPerHostDay(),
				m.maxGatheringsPerHostQuarter(), m.runtimeMs(), outFile);
		if (options.flag("check")) {
			List<Violation> violations = new PlanChecker(problem).check(PlanJson.read(outFile));
			CheckCommand.print(violations, out);
			return violations.isEmpty() ? 0 : 3;
		}
		return 0;
	}

	/** The options with one numeric tuning flag applied, when given; a bad value is a usage error naming its range. */
	private static PlannerOptions tuned(PlannerOptions current, Options options, String name, String range,
			BiFunction<PlannerOptions, Double, PlannerOptions> with) {
		String value = options.optional(name);
		if (value == null) {
			return current;
		}
		try {
			return with.apply(current, Double.parseDouble(value));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("plan: --" + name + " must be a number " + range);
		}
	}

	static Strategy strategy(String value) {
		if (value == null) {
			return Strategy.LANTERN;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "lantern" -> Strategy.LANTERN;
			case "naive" -> Strategy.NAIVE;
			case "first-fit", "firstfit", "first_fit" -> Strategy.FIRST_FIT;
			default -> throw new UsageException("plan: --strategy must be lantern, naive or first-fit, was '" + value + "'");
		};
	}

	/** Prints at most one line a second, so a long run shows it is alive without flooding the terminal. */
	private static final class ConsoleProgress implements PlanProgress {

		private final PrintStream err;

		private long last;

		ConsoleProgress(PrintStream err) {
			this.err = err;
		}

		@Override
		public synchronized void update(String stage, int done, int total) {
			long now = System.currentTimeMillis();
			if (now - last >= 1000 || done == total) {
				last = now;
				err.printf("%s %d/%d%n", stage, done, total);
			}
		}
	}
}
