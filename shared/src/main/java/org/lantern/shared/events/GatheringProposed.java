package org.lantern.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The planner proposes a gathering; its hosts are asked to confirm. {@code venueCouncil} is null for a virtual
 * session; {@code capacity} is the most people the venue takes. A re-plan of a region proposes anew under new ids;
 * {@code replaces} names proposals it supersedes (never a confirmed one). {@code theme} is set on a network meeting a
 * regional body asked for, null otherwise. Keyed by gathering id.
 */
public record GatheringProposed(String eventId, Instant occurredAt, String gatheringId, GatheringKind kind,
		String region, LocalDate date, String venueCouncil, String venueCouncilName, List<GatheringHost> hosts,
		List<GatheringInnovation> innovations, List<GatheringAttendee> attendees, int capacity,
		List<String> replaces, GatheringTheme theme) implements GatheringEvent {

	public GatheringProposed(String eventId, Instant occurredAt, String gatheringId, GatheringKind kind, String region,
			LocalDate date, String venueCouncil, String venueCouncilName, List<GatheringHost> hosts,
			List<GatheringInnovation> innovations, List<GatheringAttendee> attendees, int capacity,
			List<String> replaces) {
		this(eventId, occurredAt, gatheringId, kind, region, date, venueCouncil, venueCouncilName, hosts, innovations,
				attendees, capacity, replaces, null);
	}
}
