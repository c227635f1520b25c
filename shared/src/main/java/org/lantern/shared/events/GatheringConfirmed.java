package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The venue host confirmed a proposed gathering; invitations go out. Keyed by gathering id. */
public record GatheringConfirmed(String eventId, Instant occurredAt, String gatheringId, String confirmedBy, LocalDate date, int sequence)
		implements GatheringEvent {
}
