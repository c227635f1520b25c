package org.lantern.engine.plan;

import java.util.List;

/** Gatherings, the requests left unserved with why, and the figures computed from them. */
public record Plan(List<Gathering> gatherings, List<Unserved> unserved, PlanMetrics metrics) {

	public Plan {
		gatherings = List.copyOf(gatherings);
		unserved = List.copyOf(unserved);
	}
}
