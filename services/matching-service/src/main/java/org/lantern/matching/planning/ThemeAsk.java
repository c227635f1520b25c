package org.lantern.matching.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lantern.shared.events.Contact;
import org.lantern.shared.reference.ServiceArea;

/**
 * A regional body's ask for a network meeting on a theme, kept in its region's plan with what became of it: each
 * re-plan of the region records the meeting that answers it, or why none could be planned yet.
 *
 * @param gatheringId the planned meeting, or null
 * @param reason why there is none yet (the planner's reason code), or null
 */
public record ThemeAsk(String id, String theme, List<ServiceArea> serviceAreas, LocalDate from, LocalDate to,
		String requestedBy, Contact contact, Instant requestedAt, String gatheringId, String reason,
		String explanation) {

	ThemeAsk withOutcome(String gathering, String why, String words) {
		return new ThemeAsk(id, theme, serviceAreas, from, to, requestedBy, contact, requestedAt, gathering, why, words);
	}
}
