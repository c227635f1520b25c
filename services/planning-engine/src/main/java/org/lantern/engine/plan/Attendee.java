package org.lantern.engine.plan;

import java.util.List;
import java.util.Map;

/**
 * One request placed at a gathering.
 *
 * @param innovationIds the gathering's innovations this seeker comes for: never empty, all relevant to its need
 * @param people how many officers the seeking council sends
 * @param score the matcher's score of the best of those innovations for this request
 * @param reasons innovation id to the matcher's reasons for proposing it to this request
 */
public record Attendee(String requestId, String seekerCouncil, List<String> innovationIds, int people, double score,
		Map<String, Map<String, Object>> reasons) {

	public Attendee {
		innovationIds = List.copyOf(innovationIds);
		reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
	}
}
