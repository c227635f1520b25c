package org.lantern.engine.plan;

/**
 * Knobs of the planner.
 *
 * @param strategy Lantern's planner or a baseline
 * @param topK how many of the matcher's proposals per request the planner may place the request with
 * @param relativeScore a proposal scoring below this fraction of the request's best one is not used: serving a
 *     request with a weak match is worse than telling it honestly that its hosts are full
 * @param primaryScore proposals at or above this fraction of the best one count as first choices, placed before any
 *     fallback is considered
 * @param fallbackRelevance a proposal after the first is used only if its relevance (fit to the need, before
 *     distance and evidence) is at least this fraction of the first's: when a seeker's first host is full, a
 *     nearer or better-evidenced innovation on a different subject is not a good match for a delegation
 * @param rescueRelevance for a request still unserved when every round is done (its hosts are full), a later proposal
 *     is also tried when its relevance is at least this fraction of the first's; looser than
 *     {@code fallbackRelevance}, because it only ever places a seeker who would otherwise go without, never
 *     displaces one placed on a closer match
 * @param threads regions planned at once
 * @param preferVirtual when true a group gathering whose seekers and hosts all accept virtual becomes a virtual
 *     session (a quarter host-day per host, nobody travels), as the objective asks
 * @param exactHosts when true each host that seekers still wait for is planned again exactly, with CP-SAT
 *     ({@link HostPolish}); the greedy's plan stands where that is no better or CP-SAT cannot load
 * @param seekersPerHostDay the floor of the last step: seekers still waiting get gatherings of their own (a hosted
 *     visit for one, say) while the whole plan keeps at least this many seekers per host-day; 0 places everyone a
 *     free slot allows, infinity none
 */
public record PlannerOptions(Strategy strategy, int topK, double relativeScore, double primaryScore,
		double fallbackRelevance, double rescueRelevance, int threads, boolean preferVirtual, boolean exactHosts,
		double seekersPerHostDay) {

	public PlannerOptions {
		if (topK < 1) {
			throw new IllegalArgumentException("topK must be at least 1");
		}
		if (!(relativeScore >= 0 && relativeScore <= 1 && primaryScore >= relativeScore && primaryScore <= 1)) {
			throw new IllegalArgumentException("need 0 <= relativeScore <= primaryScore <= 1");
		}
		if (!(fallbackRelevance >= 0 && fallbackRelevance <= 1)) {
			throw new IllegalArgumentException("need 0 <= fallbackRelevance <= 1");
		}
		if (!(rescueRelevance >= 0 && rescueRelevance <= fallbackRelevance)) {
			throw new IllegalArgumentException("need 0 <= rescueRelevance <= fallbackRelevance");
		}
		if (!(seekersPerHostDay >= 0)) {
			throw new IllegalArgumentException("need seekersPerHostDay >= 0");
		}
		threads = Math.max(1, threads);
	}

	public static PlannerOptions defaults() {
		return new PlannerOptions(Strategy.LANTERN, 2, 0.85, 0.85, 0.95, 0.8,
				Math.min(4, Runtime.getRuntime().availableProcessors()), true, true, 5.0);
	}

	public PlannerOptions withStrategy(Strategy value) {
		return new PlannerOptions(value, topK, relativeScore, primaryScore, fallbackRelevance, rescueRelevance, threads,
				preferVirtual, exactHosts, seekersPerHostDay);
	}

	public PlannerOptions withTopK(int value) {
		return new PlannerOptions(strategy, value, relativeScore, primaryScore, fallbackRelevance, rescueRelevance,
				threads, preferVirtual, exactHosts, seekersPerHostDay);
	}

	public PlannerOptions withRelativeScore(double value) {
		return new PlannerOptions(strategy, topK, value, Math.max(value, primaryScore), fallbackRelevance,
				rescueRelevance, threads, preferVirtual, exactHosts, seekersPerHostDay);
	}

	public PlannerOptions withThreads(int value) {
		return new PlannerOptions(strategy, topK, relativeScore, primaryScore, fallbackRelevance, rescueRelevance,
				value, preferVirtual, exactHosts, seekersPerHostDay);
	}

	/** A stricter fallback also caps the rescue, which is never stricter than it. */
	public PlannerOptions withFallbackRelevance(double value) {
		return new PlannerOptions(strategy, topK, relativeScore, primaryScore, value, Math.min(value, rescueRelevance),
				threads, preferVirtual, exactHosts, seekersPerHostDay);
	}

	public PlannerOptions withExactHosts(boolean value) {
		return new PlannerOptions(strategy, topK, relativeScore, primaryScore, fallbackRelevance, rescueRelevance, threads,
				preferVirtual, value, seekersPerHostDay);
	}

	public PlannerOptions withSeekersPerHostDay(double value) {
		return new PlannerOptions(strategy, topK, relativeScore, primaryScore, fallbackRelevance, rescueRelevance, threads,
				preferVirtual, exactHosts, value);
	}

	public PlannerOptions withRescueRelevance(double value) {
		return new PlannerOptions(strategy, topK, relativeScore, primaryScore, fallbackRelevance, value, threads,
				preferVirtual, exactHosts, seekersPerHostDay);
	}

	/**
	 * How many of the matcher's proposals the planner reads per request: its candidates and reserves, and deeper
	 * proposals a remembered need vouches for, which may also be reserves. Reading ten, with three reserves, served
	 * the same seekers with the same host-days on each of the 110 bench workloads.
	 */
	public int proposalsRead() {
		return topK + 6;
	}
}
