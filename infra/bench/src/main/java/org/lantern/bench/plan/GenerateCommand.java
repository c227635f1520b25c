package org.lantern.bench.plan;

import org.lantern.bench.dataset.JsonFiles;

import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.bench.Options;
import org.lantern.bench.UsageException;

/** {@code generate --councils N --innovations K --requests M --seed S --out FILE}: a synthetic bench dataset. */
public final class GenerateCommand {

	public static final Set<String> OPTIONS = Set.of("councils", "innovations", "requests", "seed", "out");

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
		Map<String, Object> doc = WorkloadGenerator.generate(new WorkloadGenerator.Params(councils, innovations, requests, seed));
		JsonFiles.write(file, doc);
		out.printf("generated %d requests, %d innovations over %d councils (seed %d) -> %s%n",
				((List<?>) doc.get("requests")).size(), ((List<?>) doc.get("innovations")).size(),
				WorkloadGenerator.councilPool(councils, new java.util.SplittableRandom(seed)).size(), seed, file);
	}

	private static int positive(Options options, String name) {
		int v = options.integer(name, -1);
		if (v < 1) {
			throw new UsageException("generate: --" + name + " N is required and must be at least 1");
		}
		return v;
	}
}
