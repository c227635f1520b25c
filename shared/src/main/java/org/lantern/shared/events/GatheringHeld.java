package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The gathering took place; attendees are asked for feedback. Keyed by gathering id. */
public record GatheringHeld(String eventId, Instant occurredAt, String gatheringId, LocalDate date, List<String> requestIds)
		implements GatheringEvent {
}
