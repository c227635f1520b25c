package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A host cancelled a gathering; attendees are told and re-planned. Keyed by gathering id. */
public record GatheringCancelled(String eventId, Instant occurredAt, String gatheringId, String cancelledBy, String reason, List<String> requestIds, int sequence)
		implements GatheringEvent {
}
