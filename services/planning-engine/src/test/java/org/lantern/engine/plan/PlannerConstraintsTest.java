package org.lantern.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.engine.plan.Fixtures.CROYDON;
import static org.lantern.engine.plan.Fixtures.KINGSTON;
import static org.lantern.engine.plan.Fixtures.LEEDS;
import static org.lantern.engine.plan.Fixtures.MANCHESTER;
import static org.lantern.engine.plan.Fixtures.MERTON;
import static org.lantern.engine.plan.Fixtures.SUTTON;
import static org.lantern.engine.plan.Fixtures.offer;
import static org.lantern.shared.reference.Format.HOSTED_VISIT;
import static org.lantern.shared.reference.Format.NETWORK_MEETING;
import static org.lantern.shared.reference.Format.OPEN_DAY;
import static org.lantern.shared.reference.Format.VIRTUAL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerConstraintsTest {

	@Test
	void neverMeetsOnABankHolidayEvenWhenItIsTheOnlyWeekdayLeft() {
		// Spring bank holiday 2027 is Monday 31 May; the window's other days are a weekend.
		Plan plan = new Fixtures().innovation("inn-a", SUTTON, offer(2, 12, OPEN_DAY))
			.request("r1", KINGSTON, "2027-05-29", "2027-05-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.plan();

		assertThat(plan.gatherings()).isEmpty();
		assertThat(plan.unserved()).extracting(Unserved::reason).containsExactly(Unserved.NO_REACHABLE_HOST);
	}

	@Test
	void picksAWorkingDayAroundABankHoliday() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 12, OPEN_DAY))
			.request("r1", KINGSTON, "2027-05-29", "2027-06-01", 100, 2, List.of(OPEN_DAY), "inn-a");
		Plan plan = f.plan();

		assertThat(plan.gatherings()).singleElement()
			.extracting(Gathering::date)
			.isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void avoidsABlackoutDateSetOnAnotherInnovationOfTheSameHost() {
		// Blackouts belong to the council: a day blocked on one of its offers blocks all of its gatherings.
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 12, OPEN_DAY))
			.innovation("inn-b", SUTTON, offer(2, 12, List.of(LocalDate.of(2027, 3, 9)), OPEN_DAY))
			.request("r1", KINGSTON, "2027-03-09", "2027-03-10", 100, 2, List.of(OPEN_DAY), "inn-a");
		Plan plan = f.plan();

		assertThat(plan.gatherings()).singleElement()
			.extracting(Gathering::date)
			.isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void sendsNobodyFurtherThanTheyWillTravelButMeetsThemOnlineIfTheyAccept() {
		// Manchester to Sutton is about 260 km.
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 12, OPEN_DAY, VIRTUAL))
			.request("in-person-only", MANCHESTER, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.request("online-too", MANCHESTER, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY, VIRTUAL), "inn-a");
		Plan plan = f.plan();

		assertThat(plan.unserved()).extracting(Unserved::requestId).containsExactly("in-person-only");
		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(GatheringKind.VIRTUAL_SESSION);
			assertThat(g.venueCouncil()).isNull();
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void neverPutsMorePeopleInAGatheringThanTheVenueInnovationTakes() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(3, 8, OPEN_DAY));
		for (int i = 0; i < 9; i++) {
			f.request("r" + i, i % 2 == 0 ? KINGSTON : CROYDON, "2027-02-01", "2027-06-30", 100, 3, List.of(OPEN_DAY),
					"inn-a");
		}
		Plan plan = f.plan();

		assertThat(plan.gatherings()).isNotEmpty().allSatisfy(g -> assertThat(g.people()).isLessThanOrEqualTo(8));
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void capsGatheringsPerQuarterByTheCouncilNotByEachInnovation() {
		// Two innovations of one council, caps 1 and 2: the council hosts at most 2 a quarter, not 3.
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(1, 6, OPEN_DAY))
			.innovation("inn-b", SUTTON, offer(2, 6, OPEN_DAY));
		for (int i = 0; i < 12; i++) {
			f.request("r" + i, KINGSTON, "2027-04-01", "2027-06-30", 100, 4, List.of(OPEN_DAY),
					i % 2 == 0 ? "inn-a" : "inn-b");
		}
		Plan plan = f.plan();

		assertThat(plan.gatherings()).hasSize(2);
		assertThat(plan.metrics().maxGatheringsPerHostQuarter()).isEqualTo(2);
		assertThat(plan.unserved()).extracting(Unserved::reason).containsOnly(Unserved.NO_CAPACITY);
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void saysWhenAPartyIsLargerThanAnyHostTakesRatherThanThatHostsAreBooked() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 8, OPEN_DAY))
			.request("too-many", KINGSTON, "2027-02-01", "2027-06-30", 100, 9, List.of(OPEN_DAY), "inn-a")
			.request("booked", KINGSTON, "2027-02-01", "2027-06-30", 100, 8, List.of(OPEN_DAY), "inn-a");
		Plan plan = f.plan();

		assertThat(plan.unserved()).singleElement().satisfies(u -> {
			assertThat(u.requestId()).isEqualTo("too-many");
			assertThat(u.reason()).isEqualTo(Unserved.NO_CAPACITY);
			assertThat(u.explanation()).contains("party of 9", "at most 8 visitors");
		});
	}

	@Test
	void holdsAVirtualSessionOnlyWhenSeekerAndHostBothAcceptVirtual() {
		Fixtures f = new Fixtures().innovation("no-virtual", SUTTON, offer(2, 12, OPEN_DAY))
			.innovation("virtual", LEEDS, offer(2, 12, VIRTUAL))
			.request("wants-a", MANCHESTER, "2027-03-01", "2027-03-31", 400, 2, List.of(VIRTUAL), "no-virtual")
			.request("wants-b", MANCHESTER, "2027-03-01", "2027-03-31", 400, 2, List.of(VIRTUAL), "virtual");
		Plan plan = f.plan();

		assertThat(plan.unserved()).extracting(Unserved::requestId).containsExactly("wants-a");
		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(GatheringKind.VIRTUAL_SESSION);
			assertThat(g.hosts()).containsExactly(LEEDS);
			assertThat(g.hostDays()).isEqualTo(0.25);
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void bundlesSeekersOfOneInnovationIntoOneOpenDay() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 20, OPEN_DAY, HOSTED_VISIT));
		for (int i = 0; i < 5; i++) {
			f.request("r" + i, i % 2 == 0 ? KINGSTON : CROYDON, "2027-02-0" + (i + 1), "2027-04-30", 100, 2,
					List.of(OPEN_DAY, HOSTED_VISIT), "inn-a");
		}
		Plan plan = f.plan();

		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(GatheringKind.OPEN_DAY);
			assertThat(g.attendees()).hasSize(5);
		});
		assertThat(plan.metrics().hostDays()).isEqualTo(1.0);
		assertThat(plan.metrics().naiveHostDays()).isEqualTo(5.0);
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void bringsSeveralHostsOfARegionTogetherForSeekersWhoOnlyAcceptNetworkMeetings() {
		Fixtures f = new Fixtures().innovation("inn-sutton", SUTTON, offer(2, 12, NETWORK_MEETING))
			.innovation("inn-merton", MERTON, offer(2, 12, NETWORK_MEETING))
			.request("r1", KINGSTON, "2027-03-01", "2027-03-31", 50, 2, List.of(NETWORK_MEETING), "inn-sutton")
			.request("r2", CROYDON, "2027-03-01", "2027-03-31", 50, 2, List.of(NETWORK_MEETING), "inn-merton")
			.request("r3", CROYDON, "2027-03-01", "2027-03-31", 50, 2, List.of(NETWORK_MEETING), "inn-sutton",
					"inn-merton");
		Plan plan = f.plan();

		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(GatheringKind.NETWORK_MEETING);
			assertThat(g.hosts()).containsExactlyInAnyOrder(SUTTON, MERTON);
			assertThat(g.hosts()).contains(g.venueCouncil());
			assertThat(g.attendees()).hasSize(3);
			assertThat(g.hostDays()).isEqualTo(1.5);
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void asksAHostOfTheSameServiceAreaToCoPresentWhenSeekersWhoOnlyAcceptNetworkMeetingsAllWantOneHost() {
		Fixtures f = new Fixtures().innovation("inn-sutton", SUTTON, offer(1, 12, OPEN_DAY, NETWORK_MEETING))
			.innovation("inn-croydon", CROYDON, offer(2, 12, NETWORK_MEETING));
		f.innovations.add(new org.lantern.engine.model.EngineInnovation("inn-merton-waste", MERTON, List.of(),
				"Garden waste", "", List.of(org.lantern.shared.reference.ServiceArea.ENVIRONMENT_WASTE), null, null,
				List.of(), null, offer(3, 12, NETWORK_MEETING)));
		f.request("r1", KINGSTON, "2027-03-01", "2027-03-31", 50, 2, List.of(NETWORK_MEETING), "inn-sutton")
			.request("r2", MERTON, "2027-03-01", "2027-03-31", 50, 2, List.of(NETWORK_MEETING), "inn-sutton");
		Plan plan = f.plan();

		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(GatheringKind.NETWORK_MEETING);
			assertThat(g.venueCouncil()).isEqualTo(SUTTON);
			assertThat(g.hosts()).containsExactly(SUTTON, CROYDON);
			assertThat(g.attendees()).allSatisfy(a -> assertThat(a.innovationIds()).containsExactly("inn-sutton"));
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void placesSeekersOnlyWithInnovationsTheMatcherProposedToThem() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 20, OPEN_DAY))
			.innovation("inn-b", SUTTON, offer(2, 20, OPEN_DAY))
			.request("r1", KINGSTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.request("r2", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-b")
			.request("r3", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY));
		Plan plan = f.plan();

		Map<String, List<String>> placed = new HashMap<>();
		plan.gatherings().forEach(g -> g.attendees().forEach(a -> placed.put(a.requestId(), a.innovationIds())));
		assertThat(placed).containsEntry("r1", List.of("inn-a")).containsEntry("r2", List.of("inn-b"));
		assertThat(plan.unserved()).singleElement().satisfies(u -> {
			assertThat(u.requestId()).isEqualTo("r3");
			assertThat(u.reason()).isEqualTo(Unserved.NO_RELEVANT_INNOVATION);
		});
	}

	@Test
	void replanningARegionKeepsConfirmedGatheringsAndDropsWithdrawnSeekers() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(3, 20, OPEN_DAY));
		for (int i = 0; i < 4; i++) {
			f.request("r" + i, KINGSTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
		}
		Plan first = f.plan();
		Gathering confirmed = first.gatherings().get(0);

		Fixtures now = new Fixtures().innovation("inn-a", SUTTON, offer(3, 20, OPEN_DAY));
		for (int i = 1; i < 4; i++) {
			now.request("r" + i, KINGSTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
		}
		now.request("late", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
		Plan again = new Planner().replanRegion(now.problem(), now.rankings, first, confirmed.region(),
				Set.of(confirmed.id()), PlanProgress.NONE);

		Gathering kept = again.gatherings().stream().filter(g -> g.id().equals(confirmed.id())).findFirst().orElseThrow();
		assertThat(kept.date()).isEqualTo(confirmed.date());
		assertThat(kept.venueCouncil()).isEqualTo(confirmed.venueCouncil());
		assertThat(kept.confirmed()).isTrue();
		assertThat(kept.attendees()).extracting(Attendee::requestId).doesNotContain("r0").contains("late");
		assertThat(now.check(again)).isEmpty();
	}

	@Test
	void reportsProgressWhilePlanning() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 12, OPEN_DAY))
			.innovation("inn-b", LEEDS, offer(2, 12, OPEN_DAY))
			.request("r1", KINGSTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.request("r2", MANCHESTER, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-b");
		List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
		new Planner().plan(f.problem(), f.rankings, (stage, done, total) -> stages.add(stage + " " + done + "/" + total));

		assertThat(stages).contains("planning 2/2");
	}
}
