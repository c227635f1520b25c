package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A council reports that it adopted (or did not) an innovation it learned about; an adopter willing to host becomes a secondary host the planner can use. Keyed by gathering id. */
public record AdoptionReported(String eventId, Instant occurredAt, String gatheringId, String requestId, String adopterCouncil, String innovationId, boolean adopted, boolean willingToHost, Contact contact)
		implements GatheringEvent {
}
