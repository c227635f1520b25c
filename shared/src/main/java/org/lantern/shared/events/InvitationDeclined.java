package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An attendee council declined its invitation; its places go to the waitlist in order. Keyed by gathering id. */
public record InvitationDeclined(String eventId, Instant occurredAt, String gatheringId, String requestId, String seekerCouncil, String reason)
		implements GatheringEvent {
}
