package org.lantern.shared.events;

import java.time.Instant;
import java.util.List;

/**
 * A re-plan placed more seekers in a gathering its host had already confirmed (it had room): they are invited like
 * those placed at first. Keyed by gathering id, so it follows the confirmation.
 */
public record GatheringSeekersAdded(String eventId, Instant occurredAt, String gatheringId,
		List<GatheringAttendee> attendees) implements GatheringEvent {
}
