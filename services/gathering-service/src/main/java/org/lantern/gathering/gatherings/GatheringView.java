package org.lantern.gathering.gatherings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;

/** A gathering as the API shows it: who, where, when, who comes and who waits. Contacts' addresses are not shown. */
record GatheringView(String id, GatheringKind kind, GatheringStatus status, String region, LocalDate date,
		String venueCouncil, String venueCouncilName, int capacity, int placesTaken, int placesLeft, int sequence,
		List<HostView> hosts, List<GatheringInnovation> innovations, List<AttendeeView> attendees,
		List<String> waitlist, List<SecondaryHostView> secondaryHosts, String closedBy, String closedReason,
		Instant proposedAt, Instant updatedAt, Long version) {

	record HostView(String council, String councilName, List<String> innovationIds, HostResponse response,
			String reason, Instant respondedAt) {
	}

	record AttendeeView(String requestId, String seekerCouncil, String seekerCouncilName, List<String> innovationIds,
			int people, Rsvp rsvp, Integer waitlistPosition, Instant respondedAt, Attendee.Feedback feedback,
			List<Attendee.Adoption> adoptions) {
	}

	record SecondaryHostView(String council, String innovationId, Instant offeredAt) {
	}

	static GatheringView of(Gathering g) {
		int taken = g.placesTaken();
		return new GatheringView(g.getId(), g.getKind(), g.getStatus(), g.getRegion(), g.getDate(),
				g.getVenueCouncil(), g.getVenueCouncilName(), g.getCapacity(), taken,
				Math.max(0, g.getCapacity() - taken), g.getSequence(),
				g.getHosts()
					.stream()
					.map(h -> new HostView(h.getCouncil(), h.getCouncilName(), h.getInnovationIds(), h.getResponse(),
							h.getReason(), h.getRespondedAt()))
					.toList(),
				g.getInnovations(),
				g.getAttendees()
					.stream()
					.map(a -> new AttendeeView(a.getRequestId(), a.getSeekerCouncil(), a.getSeekerCouncilName(),
							a.getInnovationIds(), a.getPeople(), a.getRsvp(),
							g.getWaitlist().contains(a.getRequestId()) ? g.getWaitlist().indexOf(a.getRequestId()) + 1
									: null,
							a.getRespondedAt(), a.getFeedback(), a.getAdoptions()))
					.toList(),
				g.getWaitlist(),
				g.getSecondaryHosts()
					.stream()
					.map(s -> new SecondaryHostView(s.council(), s.innovationId(), s.offeredAt()))
					.toList(),
				g.getClosedBy(), g.getClosedReason(), g.getProposedAt(), g.getUpdatedAt(), g.getVersion());
	}
}
