package org.lantern.engine.plan;

import java.util.List;

/**
 * Gatherings, the requests left unserved with why, the figures computed from them, and what became of each theme
 * request.
 */
public record Plan(List<Gathering> gatherings, List<Unserved> unserved, PlanMetrics metrics, List<ThemeOutcome> themes) {

	public Plan {
		gatherings = List.copyOf(gatherings);
		unserved = List.copyOf(unserved);
		themes = themes == null ? List.of() : List.copyOf(themes);
	}

	public Plan(List<Gathering> gatherings, List<Unserved> unserved, PlanMetrics metrics) {
		this(gatherings, unserved, metrics, List.of());
	}
}
