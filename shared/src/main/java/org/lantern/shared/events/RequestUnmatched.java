package org.lantern.shared.events;

import java.time.Instant;

/** No innovation is good enough for a learning request; says why rather than proposing a poor match. */
public record RequestUnmatched(String eventId, Instant occurredAt, String requestId, String seekerCouncil,
		Contact seekerContact, UnmatchedReason reason, String explanation) implements LanternEvent {

	@Override
	public String subject() {
		return requestId;
	}

	@Override
	public String partitionKey() {
		return requestId;
	}
}
