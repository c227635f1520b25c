package org.lantern.shared.events;

import java.time.Instant;

/** An innovation's description or hosting offer changed; carries the whole new state. Keyed by innovation id. */
public record InnovationUpdated(String eventId, Instant occurredAt, String innovationId, InnovationDetails innovation)
		implements LanternEvent {

	@Override
	public String subject() {
		return innovationId;
	}

	@Override
	public String partitionKey() {
		return innovationId;
	}
}
