package org.lantern.shared.events;

import java.time.Instant;
import java.util.List;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

/**
 * A learning council asked to learn: the {@code learning-request} event. The topic describes a need, not
 * necessarily a solution. Keyed by the seeker's region, so the matcher can partition its work by region.
 */
public record LearningRequestSubmitted(String eventId, Instant occurredAt, String requestId, String seekerCouncil,
		String seekerRegion, String topic, List<ServiceArea> serviceAreas, List<Format> formats, DateWindow window,
		int maxTravelKm, int attendees, Contact contact) implements LanternEvent {

	@Override
	public String subject() {
		return requestId;
	}

	@Override
	public String partitionKey() {
		return seekerRegion;
	}
}
