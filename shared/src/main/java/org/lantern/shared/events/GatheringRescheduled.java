package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A host moved a confirmed gathering; everyone is told and the calendar entry moves (SEQUENCE raised). Keyed by gathering id. */
public record GatheringRescheduled(String eventId, Instant occurredAt, String gatheringId, String rescheduledBy, LocalDate previousDate, LocalDate date, int sequence, String reason)
		implements GatheringEvent {
}
