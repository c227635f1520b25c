package org.lantern.engine.plan;

/**
 * A request the plan does not serve.
 *
 * @param reason {@link #NO_RELEVANT_INNOVATION}, {@link #NO_REACHABLE_HOST} or {@link #NO_CAPACITY}
 */
public record Unserved(String requestId, String reason, String explanation) {

	/** Nothing in the catalogue addresses the need. */
	public static final String NO_RELEVANT_INNOVATION = "NO_RELEVANT_INNOVATION";

	/** Relevant innovations exist, but no format, date, distance or blackout lets seeker and host meet. */
	public static final String NO_REACHABLE_HOST = "NO_REACHABLE_HOST";

	/** The seeker could have been met, but the hosts it needs are full in its window. */
	public static final String NO_CAPACITY = "NO_CAPACITY";
}
