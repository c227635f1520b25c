package org.lantern.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.DOUBLE;
import static org.lantern.engine.match.Catalogue.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Councils;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;
import org.lantern.shared.reference.UnknownCouncilException;

class MatcherTest {

	private static final Councils COUNCILS = Councils.reference();

	private static Matcher matcher(org.lantern.engine.model.EngineInnovation... innovations) {
		return new Matcher(COUNCILS, List.of(innovations), MatchWeights.defaults());
	}

	@Test
	void shouldFindTheSolutionWhenTheRequestDescribesTheProblem() {
		Matcher matcher = matcher(libraries("inn-libraries", SUTTON), wasteDepot("inn-waste", KINGS_LYNN),
				revenuesPartnership("inn-revenues", BRECKLAND));

		Ranking ranking = matcher.rank(benefitsRequest(BASSETLAW), 5);

		assertThat(ranking.unmatchedReason()).isNull();
		assertThat(ranking.matches()).extracting(MatchResult::innovationId).containsExactly("inn-revenues");
	}

	@Test
	void shouldFindTheSameSolutionWhenTheNeedIsToldAtLength() {
		Matcher matcher = matcher(libraries("inn-libraries", SUTTON), wasteDepot("inn-waste", KINGS_LYNN),
				revenuesPartnership("inn-revenues", BRECKLAND));
		EngineRequest brief = benefitsRequest(BASSETLAW);
		// The same need as an officer might write it in full: the setting, the pressures, what staff and residents say.
		EngineRequest atLength = new EngineRequest("req-benefits-long", BASSETLAW, "Housing benefit claims take months to"
				+ " process and council tax arrears are growing. Tenants on low incomes fall behind on rent while they"
				+ " wait, and landlords in the market towns are losing patience. Our small team is stretched, staff"
				+ " turnover is high, and the software was bought by each office separately over the years. Residents"
				+ " complain that they are passed between departments and have to tell their story again each time."
				+ " We want to see how other districts joined up their revenues and benefits teams.",
				brief.serviceAreas(), brief.formats(), brief.window(), brief.maxTravelKm(), brief.attendees());

		Ranking briefRanking = matcher.rank(brief, 5);
		Ranking longRanking = matcher.rank(atLength, 5);

		assertThat(longRanking.matches()).extracting(MatchResult::innovationId).containsExactly("inn-revenues");
		// Telling more names more side-issues, so the match weakens a little, but not by half (measured against all
		// of its words, the long need kept 0.40 of the brief one's relevance: a real need below the floor).
		assertThat(longRanking.matches().get(0).reasons().get("relevance")).asInstanceOf(DOUBLE)
			.isGreaterThan(0.55 * (double) briefRanking.matches().get(0).reasons().get("relevance"));
	}

	@Test
	void shouldSayNothingIsGoodEnoughRatherThanProposeAPoorMatch() {
		Matcher matcher = matcher(libraries("inn-libraries", SUTTON), wasteDepot("inn-waste", KINGS_LYNN),
				revenuesPartnership("inn-revenues", BRECKLAND));
		EngineRequest erosion = new EngineRequest("req-coast", CORNWALL,
				"Our cliffs are eroding fast and homes near the edge will be lost. We need to plan managed retreat with"
						+ " the communities affected.",
				List.of(ServiceArea.PLANNING_REGENERATION), List.of(Format.VIRTUAL), null, 300, 2);

		Ranking ranking = matcher.rank(erosion, 5);

		assertThat(ranking.matches()).isEmpty();
		assertThat(ranking.unmatchedReason()).isEqualTo(Ranking.NO_RELEVANT_INNOVATION);
	}

	@Test
	void shouldOfferFailedInnovationOnlyAsLessonsToAllowedCouncils() {
		// Breckland lets only councils of its own type (districts) see what went wrong.
		Matcher matcher = matcher(failedRevenuesPartnership("inn-failed", BRECKLAND, LessonsVisibility.SIMILAR_COUNCILS));

		Ranking forDistrict = matcher.rank(benefitsRequest(BASSETLAW), 5);
		Ranking forCounty = matcher.rank(benefitsRequest(KENT), 5);

		assertThat(forDistrict.matches()).singleElement().satisfies(m -> {
			assertThat(m.lessonsOnly()).isTrue();
			assertThat(String.join(" ", m.explanation())).contains("lessons", "Agree the IT migration plan");
		});
		assertThat(forCounty.matches()).isEmpty();
	}

	@Test
	void shouldKeepLessonsTheOwnerKeptPrivateFromEveryone() {
		Matcher matcher = matcher(failedRevenuesPartnership("inn-failed", BRECKLAND, LessonsVisibility.OWNER_ONLY));

		assertThat(matcher.rank(benefitsRequest(BROADLAND), 5).matches()).isEmpty();
	}

	@Test
	void shouldShowSameRegionLessonsOnlyWithinTheRegion() {
		Matcher matcher = matcher(failedRevenuesPartnership("inn-failed", BRECKLAND, LessonsVisibility.SAME_REGION));

		assertThat(matcher.rank(benefitsRequest(BROADLAND), 5).matches()).hasSize(1);
		assertThat(matcher.rank(benefitsRequest(BASSETLAW), 5).matches()).isEmpty();
	}

	@Test
	void shouldReportNoReachableHostWhenTheOnlyRelevantHostIsTooFarAndNotVirtual() {
		HostingOffer inPersonOnly = new HostingOffer(List.of(Format.OPEN_DAY), 2, 12, List.of(), BigDecimal.ZERO);
		Matcher matcher = matcher(withOffer(revenuesPartnership("inn-revenues", BRECKLAND), inPersonOnly));

		// Northumberland to Breckland is well over 300 km.
		Ranking ranking = matcher.rank(benefitsRequest(NORTHUMBERLAND, List.of(Format.OPEN_DAY, Format.VIRTUAL), 100), 5);

		assertThat(ranking.matches()).isEmpty();
		assertThat(ranking.unmatchedReason()).isEqualTo(Ranking.NO_REACHABLE_HOST);
	}

	@Test
	void shouldTellThePlannerHowMuchBetterTheBestInnovationOutOfReachFits() {
		HostingOffer inPersonOnly = new HostingOffer(List.of(Format.OPEN_DAY), 2, 12, List.of(), BigDecimal.ZERO);
		EngineInnovation arrearsTexts = new EngineInnovation("inn-arrears-texts", SUTTON, List.of(),
				"Text reminders for council tax arrears",
				"Residents who fall behind on council tax get a text before a summons, and more of them pay on time.",
				List.of(ServiceArea.REVENUES_BENEFITS), InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED,
				List.of("council tax", "arrears", "text reminders"), null, null);
		Matcher matcher = matcher(withOffer(revenuesPartnership("inn-revenues", BRECKLAND), inPersonOnly), arrearsTexts);
		double bestFit = relevanceOf(matcher.rank(benefitsRequest(BROADLAND, List.of(Format.OPEN_DAY), 100), 5),
				"inn-revenues");

		// Breckland only opens its doors and is well beyond 100 km of Northumberland; Sutton also meets online.
		Ranking ranking = matcher.rank(benefitsRequest(NORTHUMBERLAND, List.of(Format.OPEN_DAY, Format.VIRTUAL), 100), 5);

		assertThat(ranking.matches()).singleElement().satisfies(m -> {
			assertThat(m.innovationId()).isEqualTo("inn-arrears-texts");
			assertThat(m.reasons().get("bestRelevance")).isEqualTo(bestFit);
			assertThat((Double) m.reasons().get("relevance")).isLessThan(bestFit);
		});
	}

	private static double relevanceOf(Ranking ranking, String innovationId) {
		return ranking.matches().stream().filter(m -> m.innovationId().equals(innovationId))
			.map(m -> (Double) m.reasons().get("relevance")).findFirst().orElseThrow();
	}

	@Test
	void shouldProposeAFarHostThatCanPresentAtANetworkMeetingWithinReach() {
		HostingOffer networkOnly = new HostingOffer(List.of(Format.NETWORK_MEETING), 2, 12, List.of(), BigDecimal.ZERO);
		// Breckland is about 130 km from Havering; Chelmsford, in the same region, about 25 km.
		Matcher matcher = matcher(withOffer(revenuesPartnership("inn-revenues", BRECKLAND), networkOnly),
				withOffer(wasteDepot("inn-waste", CHELMSFORD), networkOnly));

		Ranking ranking = matcher.rank(benefitsRequest(HAVERING, List.of(Format.NETWORK_MEETING), 60), 5);

		assertThat(ranking.matches()).singleElement().satisfies(m -> {
			assertThat(m.innovationId()).isEqualTo("inn-revenues");
			assertThat(m.reasons()).containsEntry("format", "NETWORK_MEETING").containsEntry("networkVenue", CHELMSFORD);
			assertThat(m.explanation()).anyMatch(line -> line.contains("network meeting of the East of England region")
					&& line.contains("Chelmsford"));
		});
	}

	@Test
	void shouldNotProposeAFarHostWhenNoNetworkVenueOfItsRegionIsWithinReach() {
		HostingOffer networkOnly = new HostingOffer(List.of(Format.NETWORK_MEETING), 2, 12, List.of(), BigDecimal.ZERO);
		HostingOffer openDaysOnly = new HostingOffer(List.of(Format.OPEN_DAY), 2, 12, List.of(), BigDecimal.ZERO);
		// Chelmsford is within reach but holds no network meetings, so nothing can be held there.
		Matcher matcher = matcher(withOffer(revenuesPartnership("inn-revenues", BRECKLAND), networkOnly),
				withOffer(wasteDepot("inn-waste", CHELMSFORD), openDaysOnly));

		Ranking ranking = matcher.rank(benefitsRequest(HAVERING, List.of(Format.NETWORK_MEETING), 60), 5);

		assertThat(ranking.matches()).isEmpty();
		assertThat(ranking.unmatchedReason()).isEqualTo(Ranking.NO_REACHABLE_HOST);
	}

	@Test
	void shouldMeetVirtuallyWhenTheHostIsBeyondTheTravelLimit() {
		Matcher matcher = matcher(revenuesPartnership("inn-revenues", BRECKLAND));

		Ranking ranking = matcher.rank(benefitsRequest(NORTHUMBERLAND, List.of(Format.OPEN_DAY, Format.VIRTUAL), 100), 5);

		assertThat(ranking.matches()).singleElement()
			.satisfies(m -> assertThat(m.reasons()).containsEntry("format", "VIRTUAL"));
	}

	@Test
	void shouldNotMatchWhenEveryWeekdayInTheWindowIsBlackedOut() {
		LocalDate monday = LocalDate.of(2027, 3, 1);
		HostingOffer busy = new HostingOffer(List.of(Format.OPEN_DAY, Format.VIRTUAL), 2, 12,
				List.of(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3), monday.plusDays(4)),
				BigDecimal.ZERO);
		Matcher matcher = matcher(withOffer(revenuesPartnership("inn-revenues", BRECKLAND), busy));
		EngineRequest oneWeek = benefitsRequest(BASSETLAW);
		oneWeek = new EngineRequest(oneWeek.id(), oneWeek.seekerCouncil(), oneWeek.topic(), oneWeek.serviceAreas(),
				oneWeek.formats(), new DateWindow(monday, monday.plusDays(6)), 250, 2);

		assertThat(matcher.rank(oneWeek, 5).unmatchedReason()).isEqualTo(Ranking.NO_REACHABLE_HOST);
	}

	@Test
	void shouldNotProposeToACouncilItsOwnInnovation() {
		Matcher matcher = matcher(revenuesPartnership("inn-revenues", BRECKLAND));

		assertThat(matcher.rank(benefitsRequest(BRECKLAND), 5).matches()).isEmpty();
	}

	@Test
	void shouldPreferTheNearerMoreAlikeHostBetweenEquallyRelevantInnovations() {
		// Same text, hosted by a nearby district and by a distant London borough.
		Matcher matcher = matcher(revenuesPartnership("inn-far-borough", SUTTON),
				revenuesPartnership("inn-near-district", BRECKLAND));

		Ranking ranking = matcher.rank(benefitsRequest(BROADLAND), 5);

		assertThat(ranking.matches()).extracting(MatchResult::innovationId)
			.containsExactly("inn-near-district", "inn-far-borough");
	}

	@Test
	void shouldRankAHostWithLittleCapacityLeftBelowOneWithRoomAndDropAFullOne() {
		List<org.lantern.engine.model.EngineInnovation> twins = List.of(revenuesPartnership("inn-busy", BRECKLAND),
				revenuesPartnership("inn-free", MID_SUFFOLK));
		Matcher busyBreckland = new Matcher(COUNCILS, twins, MatchWeights.defaults(),
				code -> code.equals(BRECKLAND) ? 0.1 : 1.0);
		Matcher fullBreckland = new Matcher(COUNCILS, twins, MatchWeights.defaults(),
				code -> code.equals(BRECKLAND) ? 0.0 : 1.0);

		assertThat(busyBreckland.rank(benefitsRequest(BROADLAND), 5).matches()).extracting(MatchResult::innovationId)
			.containsExactly("inn-free", "inn-busy");
		assertThat(fullBreckland.rank(benefitsRequest(BROADLAND), 5).matches()).extracting(MatchResult::innovationId)
			.containsExactly("inn-free");
	}

	@Test
	void shouldExplainResultsLikenessAndDistanceInOfficersWords() {
		Matcher matcher = matcher(revenuesPartnership("inn-revenues", BRECKLAND));

		MatchResult match = matcher.rank(benefitsRequest(BROADLAND), 5).matches().get(0);

		assertThat(match.explanation()).anySatisfy(s -> assertThat(s).contains("Breckland", "119 -> 15 days"))
			.contains("a district like yours")
			.anySatisfy(s -> assertThat(s).matches("\\d+ km away"));
		assertThat(match.reasons()).containsKeys("relevance", "evidence", "similarity", "distanceKm");
		assertThat(match.score()).isBetween(0.0, 1.0);
	}

	@Test
	void shouldReturnAtMostTopKBestFirst() {
		Matcher matcher = matcher(revenuesPartnership("inn-a", BRECKLAND), revenuesPartnership("inn-b", MID_SUFFOLK),
				revenuesPartnership("inn-c", KINGS_LYNN));

		List<MatchResult> matches = matcher.rank(benefitsRequest(BROADLAND), 2).matches();

		assertThat(matches).hasSize(2);
		assertThat(matches.get(0).score()).isGreaterThanOrEqualTo(matches.get(1).score());
	}

	@Test
	void shouldNameTheUnknownCouncilOfAnInnovationsHost() {
		assertThatThrownBy(() -> matcher(revenuesPartnership("inn-x", "E99999999")))
			.isInstanceOf(UnknownCouncilException.class)
			.hasMessageContaining("E99999999");
	}

	@Test
	void shouldNameTheUnknownCouncilOfASeeker() {
		Matcher matcher = matcher(revenuesPartnership("inn-revenues", BRECKLAND));

		assertThatThrownBy(() -> matcher.rank(benefitsRequest("E00000000"), 5))
			.isInstanceOf(UnknownCouncilException.class)
			.hasMessageContaining("E00000000");
	}

	@Test
	void shouldGiveTheSameRankingsWhenCalledFromManyThreadsAtOnce() throws Exception {
		Matcher matcher = matcher(libraries("inn-libraries", SUTTON), wasteDepot("inn-waste", KINGS_LYNN),
				revenuesPartnership("inn-a", BRECKLAND), revenuesPartnership("inn-b", MID_SUFFOLK));
		List<EngineRequest> requests = List.of(benefitsRequest(BROADLAND), benefitsRequest(BASSETLAW),
				benefitsRequest(KENT), benefitsRequest(CORNWALL));
		Map<String, List<String>> expected = new java.util.HashMap<>();
		for (EngineRequest r : requests) {
			expected.put(r.seekerCouncil(), ids(matcher.rank(r, 5)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> checks = new java.util.ArrayList<>();
			for (int i = 0; i < 400; i++) {
				EngineRequest r = requests.get(i % requests.size());
				checks.add(pool.submit(() -> ids(matcher.rank(r, 5)).equals(expected.get(r.seekerCouncil()))));
			}
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<String> ids(Ranking ranking) {
		return ranking.matches().stream().map(MatchResult::innovationId).toList();
	}
}
