package org.lantern.bench.plan;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lantern.bench.Options;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.engine.plan.PlanChecker;
import org.lantern.engine.plan.PlanningProblem;
import org.lantern.engine.plan.Violation;

/** {@code check --dataset FILE --plan PLAN.json}: every hard constraint of the contract, verified from the files. */
public final class CheckCommand {

	public static final Set<String> OPTIONS = Set.of("dataset", "plan");

	private CheckCommand() {
	}

	/** @return 0 when the plan holds, 3 when it breaks a rule */
	public static int run(Options options, PrintStream out) {
		Dataset dataset = DatasetReader.read(options.file("dataset"));
		PlanningProblem problem = new PlanningProblem(dataset.councils(), dataset.innovations(), dataset.requests());
		List<Violation> violations = new PlanChecker(problem).check(PlanJson.read(options.file("plan")));
		print(violations, out);
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
}
