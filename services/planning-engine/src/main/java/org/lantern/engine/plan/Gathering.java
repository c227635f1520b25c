package org.lantern.engine.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposed (or, once its hosts agree, confirmed) gathering.
 *
 * @param venueCouncil null for a virtual session
 * @param region the venue's region, or the host's for a virtual session
 * @param confirmed true once the hosts have confirmed it: re-planning never moves or drops it
 * @param themeRequestId the regional body's theme request this network meeting answers, or null
 */
public record Gathering(String id, GatheringKind kind, LocalDate date, String venueCouncil, List<String> hosts,
		List<String> innovations, String region, List<Attendee> attendees, boolean confirmed, String themeRequestId) {

	public Gathering {
		hosts = List.copyOf(hosts);
		innovations = List.copyOf(innovations);
		attendees = List.copyOf(attendees);
	}

	public Gathering(String id, GatheringKind kind, LocalDate date, String venueCouncil, List<String> hosts,
			List<String> innovations, String region, List<Attendee> attendees, boolean confirmed) {
		this(id, kind, date, venueCouncil, hosts, innovations, region, attendees, confirmed, null);
	}

	public int people() {
		return attendees.stream().mapToInt(Attendee::people).sum();
	}

	/** 1 for the venue host, 0.5 for each other presenting host, 0.25 for each host of a virtual session. */
	public double hostDays() {
		if (!kind.inPerson()) {
			return 0.25 * hosts.size();
		}
		return hosts.stream().mapToDouble(h -> kind.hostDays(h.equals(venueCouncil))).sum();
	}

	public Gathering withConfirmed(boolean value) {
		return new Gathering(id, kind, date, venueCouncil, hosts, innovations, region, attendees, value, themeRequestId);
	}

	public Gathering withAttendees(List<Attendee> value) {
		return new Gathering(id, kind, date, venueCouncil, hosts, innovations, region, value, confirmed, themeRequestId);
	}

	public Gathering withId(String value) {
		return new Gathering(value, kind, date, venueCouncil, hosts, innovations, region, attendees, confirmed,
				themeRequestId);
	}
}
