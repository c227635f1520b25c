package org.lantern.engine.match;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Format;

/**
 * Whether a host can meet a seeker at all: a format both accept, in person only within the seeker's travel limit,
 * and some weekday in the window that the host has not blacked out.
 */
final class Reach {

	private static final List<Format> IN_PERSON = List.of(Format.HOSTED_VISIT, Format.OPEN_DAY, Format.NETWORK_MEETING);

	private Reach() {
	}

	/** How seeker and host could meet; {@code asked} is false when it is not a format the seeker named. */
	record Meeting(Format format, boolean asked) {
	}

	/**
	 * The best way they could meet: a format both name (in person first), else, when {@code allowOtherInPerson},
	 * another in-person format the host offers within the seeker's reach; null when the host cannot be reached.
	 */
	static Meeting bestMeeting(EngineRequest request, HostingOffer offer, double distanceKm, boolean allowOtherInPerson) {
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
