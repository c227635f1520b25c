package org.lantern.gathering.gatherings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;
import org.lantern.shared.events.GatheringProposed;

/** Proposals as the planner would publish them: Breckland hosts at its venue, Sutton presents too. */
final class Proposals {

	static final String VENUE = "E07000143";

	static final String OTHER_HOST = "E09000029";

	static final String[] SEEKERS = { "E07000171", "E07000170", "E07000172", "E07000173", "E07000174", "E07000175",
			"E07000176", "E07000144", "E07000145", "E07000146", "E07000147", "E07000148" };

	private Proposals() {
	}

	/** A gathering of {@code capacity} places with one attendee request per entry of {@code people}. */
	static GatheringProposed proposal(String gatheringId, LocalDate date, int capacity, int... people) {
		List<GatheringAttendee> attendees = new ArrayList<>();
		for (int i = 0; i < people.length; i++) {
			attendees.add(new GatheringAttendee(requestId(gatheringId, i), SEEKERS[i], "Seeker " + i,
					new Contact("Seeker " + i, "seeker" + i + "@" + gatheringId + ".example"),
					List.of("inn-arp"), people[i], List.of("same problem")));
		}
		return new GatheringProposed("evt-prop-" + gatheringId, Instant.parse("2027-01-04T08:00:00Z"), gatheringId,
				GatheringKind.OPEN_DAY, "East of England", date, VENUE, "Breckland",
				List.of(new GatheringHost(VENUE, "Breckland", new Contact("Hana Host", "hana@breckland.example"),
						List.of("inn-arp")),
						new GatheringHost(OTHER_HOST, "Sutton", new Contact("Alex Host", "alex@sutton.example"),
								List.of("inn-care-tablets"))),
				List.of(new GatheringInnovation("inn-arp", "Anglia Revenues Partnership", VENUE),
						new GatheringInnovation("inn-care-tablets", "Tablets for care charging", OTHER_HOST)),
				attendees, capacity, List.of());
	}

	static String requestId(String gatheringId, int index) {
		return "req-" + gatheringId + "-" + index;
	}
}
