package org.lantern.matching.planning;

/**
 * A matched request the latest plan could not place, and why in words a regional body can act on (a full host, no
 * host within reach on its dates).
 *
 * @param reason the planner's code: {@code NO_CAPACITY}, {@code NO_REACHABLE_HOST} or {@code NO_RELEVANT_INNOVATION}
 */
public record PlannedUnserved(String requestId, String seekerCouncil, String region, String reason,
		String explanation) {
}
