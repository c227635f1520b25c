package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A host declined a proposed gathering; its attendees go back to the planner. Keyed by gathering id. */
public record GatheringDeclined(String eventId, Instant occurredAt, String gatheringId, String declinedBy, String reason, List<String> requestIds)
		implements GatheringEvent {
}
