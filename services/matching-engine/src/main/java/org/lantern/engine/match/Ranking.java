package org.lantern.engine.match;

import java.util.List;

/**
 * The engine's answer for one request: the matches, best first, or none with the reason.
 *
 * @param unmatchedReason null when there are matches; otherwise {@link #NO_RELEVANT_INNOVATION} or
 *     {@link #NO_REACHABLE_HOST}
 */
public record Ranking(String requestId, List<MatchResult> matches, String unmatchedReason, String explanation) {

	public static final String NO_RELEVANT_INNOVATION = "NO_RELEVANT_INNOVATION";

	public static final String NO_REACHABLE_HOST = "NO_REACHABLE_HOST";

	public Ranking {
		matches = List.copyOf(matches);
	}

	public boolean matched() {
		return !matches.isEmpty();
	}
}
