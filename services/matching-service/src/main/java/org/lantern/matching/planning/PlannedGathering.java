package org.lantern.matching.planning;

import java.time.LocalDate;
import java.util.List;

import org.lantern.shared.events.GatheringKind;

/**
 * A gathering as the matcher planned it; {@code confirmed} once its venue host has said yes; {@code themeRequestId}
 * names the regional body's theme request a network meeting answers.
 */
public record PlannedGathering(String id, GatheringKind kind, LocalDate date, String venueCouncil, List<String> hosts,
		List<String> innovations, String region, List<PlannedAttendee> attendees, boolean confirmed,
		String themeRequestId) {

	PlannedGathering asConfirmed() {
		return new PlannedGathering(id, kind, date, venueCouncil, hosts, innovations, region, attendees, true,
				themeRequestId);
	}

	PlannedGathering withId(String value) {
		return new PlannedGathering(value, kind, date, venueCouncil, hosts, innovations, region, attendees, confirmed,
				themeRequestId);
	}

	/** Same gathering in all that a host or seeker would notice: re-proposing it would only be noise. */
	boolean sameAs(PlannedGathering other) {
		return kind == other.kind && java.util.Objects.equals(themeRequestId, other.themeRequestId) && date.equals(other.date) && java.util.Objects.equals(venueCouncil, other.venueCouncil)
				&& hosts.equals(other.hosts) && innovations.equals(other.innovations)
				&& attendees.stream().map(PlannedAttendee::requestId).toList()
					.equals(other.attendees.stream().map(PlannedAttendee::requestId).toList());
	}
}
