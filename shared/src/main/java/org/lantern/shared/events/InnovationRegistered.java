package org.lantern.shared.events;

import java.time.Instant;

/** An innovating council registered an innovation and its hosting offer. Keyed by innovation id. */
public record InnovationRegistered(String eventId, Instant occurredAt, String innovationId,
		InnovationDetails innovation) implements LanternEvent {

	@Override
	public String subject() {
		return innovationId;
	}

	@Override
	public String partitionKey() {
		return innovationId;
	}
}
