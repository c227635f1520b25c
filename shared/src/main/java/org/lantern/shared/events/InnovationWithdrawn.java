package org.lantern.shared.events;

import java.time.Instant;

/** The host withdrew an innovation: it is no longer offered to learners. Keyed by innovation id. */
public record InnovationWithdrawn(String eventId, Instant occurredAt, String innovationId, String hostCouncil,
		String reason) implements LanternEvent {

	@Override
	public String subject() {
		return innovationId;
	}

	@Override
	public String partitionKey() {
		return innovationId;
	}
}
