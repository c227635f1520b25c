package org.lantern.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.engine.plan.Fixtures.CROYDON;
import static org.lantern.engine.plan.Fixtures.KINGSTON;
import static org.lantern.engine.plan.Fixtures.MANCHESTER;
import static org.lantern.engine.plan.Fixtures.MERTON;
import static org.lantern.engine.plan.Fixtures.SUTTON;
import static org.lantern.engine.plan.Fixtures.offer;
import static org.lantern.engine.plan.Fixtures.proposal;
import static org.lantern.shared.reference.Format.HOSTED_VISIT;
import static org.lantern.shared.reference.Format.NETWORK_MEETING;
import static org.lantern.shared.reference.Format.OPEN_DAY;
import static org.lantern.shared.reference.Format.VIRTUAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lantern.engine.match.MatchResult;

class ImprovementMovesTest {

	@Test
	void aFullGatheringGivesUpAFlexibleSeekerForOneWithNoOtherChance() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(1, 4, OPEN_DAY))
			.innovation("inn-b", KINGSTON, offer(1, 10, OPEN_DAY))
			.request("flexible", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a", "inn-b")
			.request("first", MERTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.request("constrained", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
		Prepared p = new Prepared(f.problem(), f.rankings, PlannerOptions.defaults());
		Solver s = new Solver(p);
		int a = p.innIndex.get("inn-a"), b = p.innIndex.get("inn-b");
		int day = (int) LocalDate.parse("2027-03-10").toEpochDay();
		// Sutton's one open day of the quarter is full with the flexible seeker; Kingston's has room.
		s.commit(openDay(p, p.innHost[a], a, day, 0, 1));
		s.commit(openDay(p, p.innHost[b], b, day + 1));

		s.ejectionChains(0, List.of(2));

		assertThat(s.assigned[2]).isNotNull();
		assertThat(s.assigned[0].venue).isEqualTo(p.innHost[b]);
		assertThat(s.assigned[1].venue).isEqualTo(p.innHost[a]);
		assertThat(s.assigned[2].people).isEqualTo(4);
	}

	@Test
	void aWaitingSeekerTakesASeatWhoseHolderMovesOnByTakingTheSeatOfAThirdWhoMovesToARoomyGathering() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(1, 4, OPEN_DAY))
			.innovation("inn-b", KINGSTON, offer(1, 4, OPEN_DAY))
			.innovation("inn-c", MANCHESTER, offer(1, 10, VIRTUAL))
			.request("flexible", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a", "inn-b")
			.request("at-sutton", MERTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.request("at-kingston", MERTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-b")
			.request("also-online", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY, VIRTUAL), "inn-b",
					"inn-c")
			.request("constrained", KINGSTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
		Prepared p = new Prepared(f.problem(), f.rankings, PlannerOptions.defaults());
		Solver s = new Solver(p);
		int a = p.innIndex.get("inn-a"), b = p.innIndex.get("inn-b"), c = p.innIndex.get("inn-c");
		int day = (int) LocalDate.parse("2027-03-10").toEpochDay();
		// Sutton's and Kingston's one open day of the quarter are full; a Manchester virtual session (another region)
		// has room.
		s.commit(openDay(p, p.innHost[a], a, day, 0, 1));
		s.commit(openDay(p, p.innHost[b], b, day, 2, 3));
		Solver.G online = openDay(p, p.innHost[c], c, day + 1);
		online.kind = GatheringKind.VIRTUAL_SESSION;
		online.venue = -1;
		s.commit(online);

		s.chainsAcrossRegions(List.of(4));

		assertThat(s.assigned[4].venue).isEqualTo(p.innHost[a]);
		assertThat(s.assigned[0].venue).isEqualTo(p.innHost[b]);
		assertThat(s.assigned[3]).isSameAs(online);
		assertThat(s.assigned[1].venue).isEqualTo(p.innHost[a]);
		assertThat(s.assigned[2].venue).isEqualTo(p.innHost[b]);
		assertThat(s.assigned[4].people).isEqualTo(4);
		assertThat(s.assigned[0].people).isEqualTo(4);
	}

	@Test
	void neverPlacesASeekerOnAProposalBelowThePlacementRelevanceFloor() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 20, OPEN_DAY));
		f.request("weak", KINGSTON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY));
		f.proposed("weak", "inn-a", 0.3, Map.of("relevance", 0.22));
		f.request("good", CROYDON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY), "inn-a");

		Plan plan = f.plan();

		assertOnlyUnservedIs(plan, "weak", Unserved.NO_RELEVANT_INNOVATION);
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void placesAWeakTextMatchOnlyWhenItCoversEveryServiceAreaTheRequestNamed() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 20, OPEN_DAY));
		f.request("weak-partial-areas", KINGSTON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY));
		f.proposed("weak-partial-areas", "inn-a", 0.3, Map.of("relevance", 0.25, "serviceAreaFit", 0.5));
		f.request("weak-all-areas", CROYDON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY));
		f.proposed("weak-all-areas", "inn-a", 0.3, Map.of("relevance", 0.25, "serviceAreaFit", 1.0));
		f.request("strong-partial-areas", CROYDON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY));
		f.proposed("strong-partial-areas", "inn-a", 0.5, Map.of("relevance", 0.4, "serviceAreaFit", 0.5));

		Plan plan = f.plan();

		assertOnlyUnservedIs(plan, "weak-partial-areas", Unserved.NO_RELEVANT_INNOVATION);
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void doesNotSendASeekerToAFarSecondWhenTheInnovationThatAnswersItsNeedIsOutOfReach() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(2, 20, OPEN_DAY));
		// The matcher could only reach inn-a; something elsewhere in the catalogue fits the need at 0.7.
		f.request("far-second", KINGSTON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY));
		f.proposed("far-second", "inn-a", 0.3, Map.of("relevance", 0.38, "bestRelevance", 0.7));
		f.request("close-second", CROYDON, "2027-02-01", "2027-04-30", 100, 2, List.of(OPEN_DAY));
		f.proposed("close-second", "inn-a", 0.4, Map.of("relevance", 0.5, "bestRelevance", 0.7));

		Plan plan = f.plan();

		assertOnlyUnservedIs(plan, "far-second", Unserved.NO_REACHABLE_HOST);
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void aSeekerWhoseHostIsFullTriesALooserSecondProposalButNotAFarOne() {
		Fixtures f = suttonFullKingstonFree();
		// Two bigger parties come later to the same need; Sutton's one open day of the quarter takes four people.
		f.request("looser-second", CROYDON, "2027-03-01", "2027-03-31", 100, 3, List.of(OPEN_DAY));
		f.proposed("looser-second", proposal("inn-a", 0.8, 0.5), proposal("inn-b", 0.75, 0.44));
		f.request("far-second", MERTON, "2027-03-01", "2027-03-31", 100, 3, List.of(OPEN_DAY));
		f.proposed("far-second", proposal("inn-a", 0.8, 0.5), proposal("inn-b", 0.75, 0.35));

		Plan plan = f.plan();

		// inn-b is 0.88 as relevant to the first need and 0.70 to the second: a place for one, a guess for the other.
		assertOnlyUnservedIs(plan, "far-second", Unserved.NO_CAPACITY);
		assertAloneAt(plan, "inn-b", "looser-second");
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void aSeekerWhoseHostIsFullTriesAWeakerProposalOnlyWhenARememberedNeedVouchesForIt() {
		Fixtures f = suttonFullKingstonFree();
		// inn-b scores far below inn-a for both: beyond the candidates, and beyond the share a looser second needs.
		f.request("vouched", CROYDON, "2027-03-01", "2027-03-31", 100, 3, List.of(OPEN_DAY));
		f.proposed("vouched", proposal("inn-a", 0.8, 0.5),
				new MatchResult("inn-b", 0.5, false, Map.of("relevance", 0.35, "answeredNeed", 0.45), List.of()));
		f.request("unvouched", MERTON, "2027-03-01", "2027-03-31", 100, 3, List.of(OPEN_DAY));
		f.proposed("unvouched", proposal("inn-a", 0.8, 0.5),
				new MatchResult("inn-b", 0.5, false, Map.of("relevance", 0.35, "answeredNeed", 0.0), List.of()));

		Plan plan = f.plan();

		// An officer with a need like the first was judged answered by inn-b; the second has only the words to go on.
		assertOnlyUnservedIs(plan, "unvouched", Unserved.NO_CAPACITY);
		assertAloneAt(plan, "inn-b", "vouched");
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void aHostsOnlyOpenDayGoesToThreeSmallPartiesRatherThanTheBigOneWithTheEarliestDeadline() {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(1, 6, OPEN_DAY))
			.request("big-early", CROYDON, "2027-03-01", "2027-03-10", 100, 4, List.of(OPEN_DAY), "inn-a");
		for (String seeker : List.of(CROYDON, MERTON, KINGSTON)) {
			f.request("small-" + seeker, seeker, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
		}

		Plan greedy = f.plan(PlannerOptions.defaults().withExactHosts(false));
		Plan plan = f.plan();

		// The greedy seats the most urgent party first: four people and one party of two fill the six seats.
		assertThat(greedy.metrics().served()).isEqualTo(2);
		assertOnlyUnservedIs(plan, "big-early", Unserved.NO_CAPACITY);
		assertThat(plan.metrics().hostDays()).isEqualTo(greedy.metrics().hostDays());
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void aPopularHostWithASmallRoomPresentsAtABiggerVenueOfItsRegionSoNobodyWaits() {
		Fixtures f = new Fixtures().innovation("inn-popular", SUTTON, offer(1, 4, OPEN_DAY, NETWORK_MEETING))
			.innovation("inn-big-hall", KINGSTON, offer(1, 20, NETWORK_MEETING));
		for (String seeker : List.of(CROYDON, MERTON, KINGSTON)) {
			f.request("from-" + seeker, seeker, "2027-03-01", "2027-03-31", 100, 2,
					List.of(OPEN_DAY, NETWORK_MEETING), "inn-popular");
		}

		Plan plan = f.plan();

		// Sutton hosts once a quarter and its room takes two of the three parties; Kingston's hall takes all three.
		assertThat(plan.unserved()).isEmpty();
		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(GatheringKind.NETWORK_MEETING);
			assertThat(g.venueCouncil()).isEqualTo(KINGSTON);
			assertThat(g.hosts()).containsExactlyInAnyOrder(KINGSTON, SUTTON);
			assertThat(g.attendees()).allSatisfy(a -> assertThat(a.innovationIds()).containsExactly("inn-popular"));
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void aVenueWithNoSeekersOfItsOwnLendsItsRoomToAPopularInnovatorWhoHoldsNoOpenDays() {
		Fixtures f = new Fixtures().innovation("inn-popular", SUTTON, offer(1, 4, NETWORK_MEETING))
			.innovation("inn-big-hall", KINGSTON, offer(1, 20, NETWORK_MEETING));
		for (String seeker : List.of(CROYDON, MERTON, KINGSTON)) {
			f.request("from-" + seeker, seeker, "2027-03-01", "2027-03-31", 100, 2, List.of(NETWORK_MEETING),
					"inn-popular");
		}

		Plan plan = f.plan();

		// Sutton's own room takes two of the three parties; nobody asked for Kingston's hall, which takes all three.
		assertThat(plan.unserved()).isEmpty();
		assertThat(plan.gatherings()).singleElement().satisfies(g -> {
			assertThat(g.venueCouncil()).isEqualTo(KINGSTON);
			assertThat(g.hosts()).containsExactlyInAnyOrder(KINGSTON, SUTTON);
			assertThat(g.innovations()).containsExactlyInAnyOrder("inn-big-hall", "inn-popular");
			assertThat(g.attendees()).allSatisfy(a -> assertThat(a.innovationIds()).containsExactly("inn-popular"));
		});
		assertThat(f.check(plan)).isEmpty();
	}

	@Test
	void aVenueLendsItsRoomForNoFewerThanTwoSeekers() {
		Fixtures f = new Fixtures().innovation("inn-popular", SUTTON, offer(1, 2, NETWORK_MEETING))
			.innovation("inn-big-hall", KINGSTON, offer(1, 20, NETWORK_MEETING));
		f.request("alone", CROYDON, "2027-03-01", "2027-03-31", 100, 3, List.of(NETWORK_MEETING), "inn-popular");

		Plan plan = f.plan();

		// The party of three fits only the hall; a full host-day there and half of Sutton's for one seeker is not
		// worth it (a hosted visit, were it offered, would cost one).
		assertThat(plan.gatherings()).isEmpty();
		assertThat(plan.unserved()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo(Unserved.NO_CAPACITY));
	}

	@Test
	void aSeekerStillWaitingGetsAHostedVisitOnlyWhenThePlanCanSpareTheHostDay() {
		Solver s = seatedAtSuttonOneWaitingForKingston(6);

		s.topUp(allHosts(s.p), 5.0);

		// Six seekers on one host-day: a seventh on a second would leave 3.5 a host-day, under the floor of five.
		assertThat(s.assigned[s.p.req.length - 1]).isNull();

		Solver roomy = seatedAtSuttonOneWaitingForKingston(10);
		roomy.topUp(allHosts(roomy.p), 5.0);

		// Ten seekers on one host-day and one on a second: 5.5 a host-day, above the floor, so the visit is worth it.
		Solver.G visit = roomy.assigned[roomy.p.req.length - 1];
		assertThat(visit).isNotNull();
		assertThat(visit.kind).isEqualTo(GatheringKind.HOSTED_VISIT);
		assertThat(roomy.p.code(roomy.p.hostOf[visit.venue])).isEqualTo(KINGSTON);
	}

	/** An open day at Sutton with {@code atSutton} seekers, and one seeker waiting who only takes a hosted visit. */
	private static Solver seatedAtSuttonOneWaitingForKingston(int atSutton) {
		Fixtures f = new Fixtures().innovation("inn-a", SUTTON, offer(1, 20, OPEN_DAY))
			.innovation("inn-b", KINGSTON, offer(1, 10, HOSTED_VISIT));
		int[] seated = new int[atSutton];
		for (int k = 0; k < atSutton; k++) {
			f.request("seated-" + k, CROYDON, "2027-03-01", "2027-03-31", 100, 1, List.of(OPEN_DAY), "inn-a");
			seated[k] = k;
		}
		f.request("waiting", MERTON, "2027-03-01", "2027-03-31", 100, 2, List.of(HOSTED_VISIT), "inn-b");
		Prepared p = new Prepared(f.problem(), f.rankings, PlannerOptions.defaults());
		Solver s = new Solver(p);
		int a = p.innIndex.get("inn-a");
		s.commit(openDay(p, p.innHost[a], a, (int) LocalDate.parse("2027-03-10").toEpochDay(), seated));
		return s;
	}

	private static List<Integer> allHosts(Prepared p) {
		return IntStream.range(0, p.hosts()).boxed().toList();
	}

	/** Two parties of two fill Sutton's one four-seat open day of March; Kingston's ten-seat one is free. */
	private static Fixtures suttonFullKingstonFree() {
		return new Fixtures().innovation("inn-a", SUTTON, offer(1, 4, OPEN_DAY))
			.innovation("inn-b", KINGSTON, offer(1, 10, OPEN_DAY))
			.request("first", CROYDON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a")
			.request("second", MERTON, "2027-03-01", "2027-03-31", 100, 2, List.of(OPEN_DAY), "inn-a");
	}

	private static void assertAloneAt(Plan plan, String innovationId, String requestId) {
		assertThat(plan.gatherings()).anySatisfy(g -> {
			assertThat(g.innovations()).containsExactly(innovationId);
			assertThat(g.attendees()).extracting(Attendee::requestId).containsExactly(requestId);
		});
	}

	private static void assertOnlyUnservedIs(Plan plan, String requestId, String reason) {
		assertThat(plan.unserved()).singleElement().satisfies(u -> {
			assertThat(u.requestId()).isEqualTo(requestId);
			assertThat(u.reason()).isEqualTo(reason);
		});
	}

	private static Solver.G openDay(Prepared p, int host, int inn, int day, int... requests) {
		Solver.G g = new Solver.G();
		g.kind = GatheringKind.OPEN_DAY;
		g.day = day;
		g.venue = host;
		g.hosts.add(host);
		g.inns.add(inn);
		for (int r : requests) {
			g.atts.add(r);
			g.people += p.people[r];
		}
		return g;
	}
}
