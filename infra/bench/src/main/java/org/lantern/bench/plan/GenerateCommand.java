package org.lantern.bench.plan;

import org.lantern.bench.dataset.JsonFiles;

import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.bench.Options;
import org.lantern.bench.UsageException;
import org.lantern.bench.dataset.DatasetReader;

/**
 * {@code generate --councils N --innovations K --requests M --seed S --out FILE [--from DATASET] [--catalogue-hosts]
 * [--skew X]}: a synthetic bench dataset, its needs taken from the dev set or from {@code --from}, its innovations
 * re-hosted across the councils or, with {@code --catalogue-hosts}, left with their catalogue hosts, and its demand
 * spread over the needs by a Zipf law of exponent {@code --skew} (0.6; 0 is even).
 */
public final class GenerateCommand {

	public static final Set<String> OPTIONS = Set.of("councils", "innovations", "requests", "seed", "out", "from",
			"catalogue-hosts", "skew");

	private GenerateCommand() {
	}

	public static void run(Options options, PrintStream out) {
		int councils = positive(options, "councils");
		int innovations = positive(options, "innovations");
		int requests = positive(options, "requests");
		String seedText = options.required("seed");
		long seed;
		try {
			seed = Long.parseLong(seedText);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("generate: --seed must be a whole number, was '" + seedText + "'");
		}
		File file = options.file("out");
		String skew = options.optional("skew");
		WorkloadGenerator.Params params;
		try {
			params = new WorkloadGenerator.Params(councils, innovations, requests, seed, options.flag("catalogue-hosts"),
					skew == null ? WorkloadGenerator.DEFAULT_SKEW : Double.parseDouble(skew));
		}
		catch (IllegalArgumentException ex) {
			// A number the generator refuses (below 0) and text that is no number at all get the same answer.
			throw new UsageException("generate: --skew must be a number of at least 0 (0: every need equally asked for),"
					+ " was '" + skew + "'");
		}
		String from = options.optional("from");
		Map<String, Object> doc;
		if (from == null) {
			doc = WorkloadGenerator.generate(params);
		}
		else {
			File source = new File(from);
			// Read as a dataset first, so a template file the bench could not read fails here, not in the next plan.
			DatasetReader.read(source);
			doc = WorkloadGenerator.generate(params, DatasetReader.parse(source), source.getPath());
		}
		JsonFiles.write(file, doc);
		out.printf("generated %d requests, %d innovations over %d councils (seed %d) -> %s%s%n",
				((List<?>) doc.get("requests")).size(), ((List<?>) doc.get("innovations")).size(),
				WorkloadGenerator.councilPool(councils, new java.util.SplittableRandom(seed)).size(), seed, file,
				from == null ? "" : " (needs from " + from + ")");
	}

	private static int positive(Options options, String name) {
		int v = options.integer(name, -1);
		if (v < 1) {
			throw new UsageException("generate: --" + name + " N is required and must be at least 1");
		}
		return v;
	}
}
