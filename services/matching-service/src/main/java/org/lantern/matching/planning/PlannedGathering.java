package org.lantern.matching.planning;

import java.time.LocalDate;
import java.util.List;

import org.lantern.shared.events.GatheringKind;

/** A gathering as the matcher planned it; {@code confirmed} once its venue host has said yes. */
public record PlannedGathering(String id, GatheringKind kind, LocalDate date, String venueCouncil, List<String> hosts,
		List<String> innovations, String region, List<PlannedAttendee> attendees, boolean confirmed) {

	PlannedGathering asConfirmed() {
		return new PlannedGathering(id, kind, date, venueCouncil, hosts, innovations, region, attendees, true);
	}

	/** Same gathering in all that a host or seeker would notice: re-proposing it would only be noise. */
	boolean sameAs(PlannedGathering other) {
		return kind == other.kind && date.equals(other.date) && java.util.Objects.equals(venueCouncil, other.venueCouncil)
				&& hosts.equals(other.hosts) && innovations.equals(other.innovations)
				&& attendees.stream().map(PlannedAttendee::requestId).toList()
					.equals(other.attendees.stream().map(PlannedAttendee::requestId).toList());
	}
}
