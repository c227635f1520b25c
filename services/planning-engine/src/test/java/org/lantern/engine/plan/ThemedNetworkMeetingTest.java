package org.lantern.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.engine.plan.Fixtures.CROYDON;
import static org.lantern.engine.plan.Fixtures.KINGSTON;
import static org.lantern.engine.plan.Fixtures.LEEDS;
import static org.lantern.engine.plan.Fixtures.MERTON;
import static org.lantern.engine.plan.Fixtures.SUTTON;
import static org.lantern.engine.plan.Fixtures.offer;
import static org.lantern.shared.reference.Format.NETWORK_MEETING;
import static org.lantern.shared.reference.Format.OPEN_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemedNetworkMeetingTest {

	private static Fixtures londonHomelessness() {
		return new Fixtures()
			.innovation("inn-sutton-prevention", SUTTON, "Homelessness prevention hub for families at risk of eviction",
					offer(2, 15, OPEN_DAY, NETWORK_MEETING))
			.innovation("inn-croydon-prevention", CROYDON, "Early homelessness prevention with private landlords",
					offer(2, 12, OPEN_DAY, NETWORK_MEETING))
			.innovation("inn-merton-waste", MERTON, "Garden waste collection rounds redesigned",
					offer(2, 12, OPEN_DAY, NETWORK_MEETING));
	}

	@Test
	void aRegionalBodysThemeBecomesANetworkMeetingOfThePresentersOnItWithTheSeekersWhoWantThem() {
		Fixtures f = londonHomelessness()
			.request("r1", KINGSTON, "2027-03-01", "2027-04-30", 60, 2, List.of(NETWORK_MEETING), "inn-sutton-prevention")
			.request("r2", MERTON, "2027-03-15", "2027-05-31", 60, 1, List.of(NETWORK_MEETING, OPEN_DAY),
					"inn-croydon-prevention")
			.theme("t1", "London", "preventing homelessness before families are evicted", "2027-03-01", "2027-06-30");
		Plan plan = f.plan();

		Gathering meeting = plan.gatherings()
			.stream()
			.filter(g -> "t1".equals(g.themeRequestId()))
			.findFirst()
			.orElseThrow();
		assertThat(meeting.kind()).isEqualTo(GatheringKind.NETWORK_MEETING);
		assertThat(meeting.hosts()).containsExactlyInAnyOrder(SUTTON, CROYDON);
		assertThat(meeting.innovations()).doesNotContain("inn-merton-waste");
		assertThat(meeting.attendees()).extracting(Attendee::requestId).containsExactlyInAnyOrder("r1", "r2");
		assertThat(meeting.date()).isBetween(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 30));
		assertThat(plan.themes()).singleElement().satisfies(t -> {
			assertThat(t.gatheringId()).isEqualTo(meeting.id());
			assertThat(t.reason()).isNull();
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void isPlannedOnTheBodysWordEvenBeforeAnySeekerAsks() {
		Fixtures f = londonHomelessness()
			.theme("t1", "London", "homelessness prevention", "2027-03-01", "2027-03-31");
		Plan plan = f.plan();

		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.themeRequestId()).isEqualTo("t1");
			assertThat(g.hosts()).containsExactlyInAnyOrder(SUTTON, CROYDON);
			assertThat(g.attendees()).isEmpty();
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void saysSoWhenTheRegionHasFewerThanTwoPresentersOnTheTheme() {
		Fixtures f = londonHomelessness()
			.innovation("inn-leeds-prevention", LEEDS, "Homelessness prevention in Leeds", offer(2, 12, NETWORK_MEETING))
			.theme("t1", "London", "garden waste collection", "2027-03-01", "2027-03-31")
			.theme("t2", "Yorkshire and The Humber", "homelessness prevention", "2027-03-01", "2027-03-31");
		Plan plan = f.plan();

		assertThat(plan.gatherings()).isEmpty();
		assertThat(plan.themes()).extracting(ThemeOutcome::reason)
			.containsExactly(ThemeOutcome.NO_PRESENTERS, ThemeOutcome.NO_PRESENTERS);
	}

	@Test
	void aConfirmedThemedMeetingStaysAndIsNotPlannedTwice() {
		Fixtures f = londonHomelessness()
			.request("r1", KINGSTON, "2027-03-01", "2027-04-30", 60, 2, List.of(NETWORK_MEETING), "inn-sutton-prevention")
			.theme("t1", "London", "homelessness prevention", "2027-03-01", "2027-06-30");
		Planner planner = new Planner();
		Plan first = planner.plan(f.problem(), f.rankings, PlanProgress.NONE);
		Gathering meeting = first.gatherings().get(0);

		f.request("r2", MERTON, "2027-03-01", "2027-05-31", 60, 1, List.of(NETWORK_MEETING), "inn-croydon-prevention");
		Plan next = planner.replanRegion(f.problem(), f.rankings, first, "London", Set.of(meeting.id()),
				PlanProgress.NONE);

		assertThat(next.gatherings()).filteredOn(g -> "t1".equals(g.themeRequestId())).singleElement().satisfies(g -> {
			assertThat(g.id()).isEqualTo(meeting.id());
			assertThat(g.date()).isEqualTo(meeting.date());
			assertThat(g.confirmed()).isTrue();
		});
		assertThat(next.themes()).singleElement().extracting(ThemeOutcome::gatheringId).isEqualTo(meeting.id());
		assertThat(f.check(next)).isEmpty();
	}
}
