package org.lantern.matching.planning;

import java.util.List;

/** A request placed at a planned gathering, with the sentences that explain its match. */
public record PlannedAttendee(String requestId, String seekerCouncil, List<String> innovationIds, int people,
		double score, List<String> reasons) {
}
