package org.lantern.bench;

import java.io.PrintStream;

/** Lets tests in other packages run the command line in-process. */
public final class LanternBenchAccess {

	private LanternBenchAccess() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return LanternBench.run(args, out, err);
	}
}
