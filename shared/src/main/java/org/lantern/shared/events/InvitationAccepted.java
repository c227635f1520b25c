package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An attendee council accepted its invitation; {@code waitlisted} when the gathering was full. Keyed by gathering id. */
public record InvitationAccepted(String eventId, Instant occurredAt, String gatheringId, String requestId, String seekerCouncil, int people, boolean waitlisted)
		implements GatheringEvent {
}
