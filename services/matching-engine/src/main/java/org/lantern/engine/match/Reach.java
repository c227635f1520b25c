package org.lantern.engine.match;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Format;

/**
 * Whether a host can meet a seeker at all: a format both accept, in person only within the seeker's travel limit,
 * and some weekday in the window that the host has not blacked out. A network meeting is held at a venue of the
 * host's region, which need not be the host's own council, so a host beyond reach may still present to the seeker
 * at a venue within it.
 */
final class Reach {

	private static final List<Format> IN_PERSON = List.of(Format.HOSTED_VISIT, Format.OPEN_DAY, Format.NETWORK_MEETING);

	private Reach() {
	}

	/**
	 * How seeker and host could meet; {@code asked} is false when it is not a format the seeker named, and
	 * {@code elsewhere} is the regional venue when they would meet at a network meeting away from the host.
	 */
	record Meeting(Format format, boolean asked, Venue elsewhere) {

		Meeting(Format format, boolean asked) {
			this(format, asked, null);
		}
	}

	/** A council of the host's region that could hold a network meeting, and how far the seeker is from it. */
	record Venue(Council council, double km) {
	}

	/**
	 * The best way they could meet: a format both name (in person first, at the host, then at a network meeting at
	 * {@code nearestNetworkVenue}), else, when {@code allowOtherInPerson}, another in-person format the host offers
	 * within the seeker's reach; null when the host cannot be reached.
	 *
	 * @param nearestNetworkVenue the region's network-meeting venue nearest the seeker, or null when there is none
	 */
	static Meeting bestMeeting(EngineRequest request, HostingOffer offer, double distanceKm, Venue nearestNetworkVenue,
			boolean allowOtherInPerson) {
		if (!hasFreeWeekday(request, offer)) {
			return null;
		}
		List<Format> offered = offer.formats() == null ? List.of() : offer.formats();
		boolean inReach = distanceKm <= request.maxTravelKm();
		if (inReach) {
			for (Format format : IN_PERSON) {
				if (request.formats().contains(format) && offered.contains(format)) {
					return new Meeting(format, true);
				}
			}
		}
		if (!inReach && nearestNetworkVenue != null && nearestNetworkVenue.km() <= request.maxTravelKm()
				&& request.formats().contains(Format.NETWORK_MEETING) && offered.contains(Format.NETWORK_MEETING)) {
			return new Meeting(Format.NETWORK_MEETING, true, nearestNetworkVenue);
		}
		if (request.formats().contains(Format.VIRTUAL) && offered.contains(Format.VIRTUAL)) {
			return new Meeting(Format.VIRTUAL, true);
		}
		if (inReach && allowOtherInPerson && request.formats().stream().anyMatch(IN_PERSON::contains)) {
			for (Format format : IN_PERSON) {
				if (offered.contains(format)) {
					return new Meeting(format, false);
				}
			}
		}
		return null;
	}

	private static boolean hasFreeWeekday(EngineRequest request, HostingOffer offer) {
		if (request.window() == null || request.window().from() == null || request.window().to() == null) {
			return true;
		}
		Set<LocalDate> blackout = offer.blackoutDates() == null ? Set.of() : new HashSet<>(offer.blackoutDates());
		LocalDate day = request.window().from();
		// A window is months at most; the bound only guards against a malformed one.
		for (int i = 0; i < 800 && !day.isAfter(request.window().to()); i++, day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !blackout.contains(day)) {
				return true;
			}
		}
		return false;
	}
}
