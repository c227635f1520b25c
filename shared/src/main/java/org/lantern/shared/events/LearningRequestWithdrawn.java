package org.lantern.shared.events;

import java.time.Instant;

/** The seeker withdrew a learning request. Keyed by region like the request itself, so it follows it. */
public record LearningRequestWithdrawn(String eventId, Instant occurredAt, String requestId, String seekerCouncil,
		String seekerRegion, String reason) implements LanternEvent {

	@Override
	public String subject() {
		return requestId;
	}

	@Override
	public String partitionKey() {
		return seekerRegion;
	}
}
