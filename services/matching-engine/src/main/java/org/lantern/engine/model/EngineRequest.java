package org.lantern.engine.model;

import java.util.List;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

/** A council's learning request: the need in its own words, and how, when and how far it can travel to learn. */
public record EngineRequest(String id, String seekerCouncil, String topic, List<ServiceArea> serviceAreas,
		List<Format> formats, DateWindow window, int maxTravelKm, int attendees) {

	public EngineRequest {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A learning request needs an id");
		}
		if (seekerCouncil == null || seekerCouncil.isBlank()) {
			throw new IllegalArgumentException("Learning request '" + id + "' has no seeker council");
		}
		topic = topic == null ? "" : topic;
		serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
		formats = formats == null ? List.of() : List.copyOf(formats);
	}
}
