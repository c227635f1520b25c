package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An attendee said how useful the gathering was (1-5) and whether it will adopt. Keyed by gathering id. */
public record FeedbackSubmitted(String eventId, Instant occurredAt, String gatheringId, String requestId, String seekerCouncil, int usefulness, AdoptionIntent willAdopt, String comments)
		implements GatheringEvent {
}
