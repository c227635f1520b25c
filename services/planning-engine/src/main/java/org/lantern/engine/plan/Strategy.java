package org.lantern.engine.plan;

/** How to plan: Lantern's planner, or one of the two baselines its figures are compared with. */
public enum Strategy {
	/** Bundles demand into open days, network meetings and virtual sessions (see PLANNER.md). */
	LANTERN,
	/** Today's practice: every request gets its own visit to its best-matched host. */
	NAIVE,
	/** For each innovation in turn, requests join the first group gathering that fits, else open a new one. */
	FIRST_FIT
}
