package org.lantern.engine.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lantern.shared.reference.ServiceArea;

/**
 * A regional body's ask for a network meeting on a theme: the planner looks for several of the region's innovators
 * who present on it, a date in the window they can all make, and the region's seekers whose needs match them.
 *
 * @param region the region the meeting is for (the reference list's region names)
 * @param theme the theme in the body's own words, matched like a learning request's topic
 * @param serviceAreas optional: sharpens the match as for a request
 * @param requestedBy who asked, as they should be named to hosts and seekers
 */
public record ThemeRequest(String id, String region, String theme, List<ServiceArea> serviceAreas, LocalDate from,
		LocalDate to, String requestedBy) {

	public ThemeRequest {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		theme = theme == null ? "" : theme;
		serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
	}
}
