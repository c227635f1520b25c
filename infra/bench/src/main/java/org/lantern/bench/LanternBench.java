package org.lantern.bench;

import java.io.PrintStream;
import org.lantern.bench.dataset.DatasetException;
import org.lantern.bench.match.MatchCommand;
import org.lantern.bench.match.MatchEvalCommand;
import org.lantern.bench.match.MatchSpeedCommand;
import org.lantern.bench.pipeline.PipelineCommand;
import org.lantern.bench.plan.CheckCommand;
import org.lantern.bench.plan.GenerateCommand;
import org.lantern.bench.plan.PlanCommand;
import org.lantern.shared.reference.UnknownCouncilException;

/**
 * {@code lantern-bench}: measures Lantern from outside with the same engine the services use. Exit status 0 on
 * success, 1 when the input cannot be used, 2 for a wrong command line.
 */
public final class LanternBench {

	static final String USAGE = """
			usage: java -jar infra/bench/target/lantern-bench.jar <command> [options]

			commands:
			  match       --dataset FILE --top K --out OUT.json [--hold-out SET.json,...]
			              rank innovations for every request (judgments are never read); the matcher
			              forgets the answered needs of each SET
			  match-eval  --dataset FILE [--top K] [--verbose] [--hold-out SET.json,...]
			              print NDCG@5, MRR and recall@5 of match against the dataset's judgments; the
			              matcher forgets the answered needs of the dataset's requests and of each SET
			  match-speed [--innovations N] [--requests M] [--seed S] [--threads T] [--top K] [--dataset FILE]
			              time ranking M synthetic requests against N synthetic innovations
			  plan        --dataset FILE --out OUT.json [--strategy lantern|naive|first-fit] [--check] [--threads T] [--progress]
			              match and bundle all requests into gatherings (--check verifies every hard constraint);
			              tuning: [--candidates K] [--relative-score X] [--fallback-relevance X]
			              [--rescue-relevance X] [--seekers-per-host-day X];
			              measuring: [--hold-out SET.json,...] forgets the answered needs of each SET's requests
			  check       --dataset FILE --plan PLAN.json [--json OUT.json]
			              verify a plan against its dataset; exit status 3 when a rule is broken; with judgments
			              in the dataset also grade the placements (unrelated ones listed), servable by judgments
			              and served relevant; --json writes these figures as one object
			  generate    --councils N --innovations K --requests M --seed S --out FILE [--from DATASET]
			              [--catalogue-hosts] [--skew X]
			              write a synthetic dataset shaped like lantern-dev.json (deterministic for a seed);
			              --from takes the needs (requests, judgments) and innovations from DATASET instead,
			              the dev innovations when it has none; --catalogue-hosts leaves the innovations with
			              the councils that host them in the catalogue instead of re-hosting them; --skew is
			              the Zipf exponent of demand over the needs (0.6; 0 asks for each equally often)
			  pipeline    --requests N [--rate R]
			              start Kafka, MongoDB and the matching-service on free ports, publish N learning
			              requests (after the innovations they need) and time each to its match decision;
			              also times raw Kafka on N records of the same size; prints one JSON line
			""";

	private LanternBench() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
			(args.length == 0 ? err : out).print(USAGE);
			return args.length == 0 ? 2 : 0;
		}
		String command = args[0];
		try {
			switch (command) {
				case "match" -> MatchCommand.run(Options.parse(command, args, 1, MatchCommand.OPTIONS), out);
				case "match-eval" -> MatchEvalCommand.run(Options.parse(command, args, 1, MatchEvalCommand.OPTIONS), out);
				case "match-speed" -> MatchSpeedCommand.run(Options.parse(command, args, 1, MatchSpeedCommand.OPTIONS), out);
				case "plan" -> {
					int status = PlanCommand.run(Options.parse(command, args, 1, PlanCommand.OPTIONS), out, err);
					if (status != 0) {
						return status;
					}
				}
				case "check" -> {
					int status = CheckCommand.run(Options.parse(command, args, 1, CheckCommand.OPTIONS), out);
					if (status != 0) {
						return status;
					}
				}
				case "generate" -> GenerateCommand.run(Options.parse(command, args, 1, GenerateCommand.OPTIONS), out);
				case "pipeline" -> {
					int status = PipelineCommand.run(Options.parse(command, args, 1, PipelineCommand.OPTIONS), out, err);
					if (status != 0) {
						return status;
					}
				}
				default -> throw new UsageException("unknown command '" + command + "'");
			}
			return 0;
		}
		catch (UsageException ex) {
			err.println("lantern-bench: " + ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		catch (DatasetException | UnknownCouncilException ex) {
			err.println("lantern-bench: " + ex.getMessage());
			return 1;
		}
	}
}
