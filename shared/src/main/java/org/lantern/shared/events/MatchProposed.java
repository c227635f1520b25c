package org.lantern.shared.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The matcher proposes an innovation to a learning request. {@code reasons} are sentences a council officer reads;
 * {@code scoreBreakdown} the numbers behind them. {@code lessonsOnly} marks a failed or partial innovation offered
 * for its lessons rather than as something to copy. Contacts travel with the proposal so the notification service
 * can write to both sides without owning their data. Keyed by request id.
 */
public record MatchProposed(String eventId, Instant occurredAt, String requestId, String seekerCouncil,
		String seekerCouncilName, Contact seekerContact, String innovationId, String innovationTitle,
		String hostCouncil, String hostCouncilName, Contact hostContact, double score, List<String> reasons,
		Map<String, Double> scoreBreakdown, boolean lessonsOnly, int rank) implements LanternEvent {

	@Override
	public String subject() {
		return requestId;
	}

	@Override
	public String partitionKey() {
		return requestId;
	}
}
