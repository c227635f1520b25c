package org.lantern.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.engine.match.Catalogue.BASSETLAW;
import static org.lantern.engine.match.Catalogue.BRECKLAND;
import static org.lantern.engine.match.Catalogue.BROADLAND;
import static org.lantern.engine.match.Catalogue.KINGS_LYNN;
import static org.lantern.engine.match.Catalogue.SUTTON;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.reference.Councils;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;

class AnsweredNeedsTest {

	private static final String TITLE = "Community fridges";

	private static final String REMEMBERED = "Supermarkets bin edible produce every night while families on our"
			+ " estates go hungry. We want the surplus shared, not wasted.";

	private static final EngineInnovation FRIDGES = fridges("inn-fridges");

	/** The innovator's words ("fridges", "church halls", "surplus food") are not the officer's. */
	private static EngineInnovation fridges(String id) {
		return new EngineInnovation(id, SUTTON, List.of(), TITLE,
				"Volunteers run fridges in church halls, stocked each day by local shops, where anyone may take what they"
						+ " need.",
				List.of(ServiceArea.PUBLIC_HEALTH), InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED,
				List.of("fridges", "volunteers"), null, null);
	}

	private static AnsweredNeeds remembered(String innovationId, String need) throws IOException {
		return AnsweredNeeds.parse(new StringReader(
				"# a comment\n" + innovationId + "\t" + TITLE + "\t3\treq-earlier\t" + need + "\n"));
	}

	/** The innovation among others, so that word rarity means something. */
	private static Matcher matcher(AnsweredNeeds needs, EngineInnovation innovation) {
		return new Matcher(Councils.reference(), List.of(innovation, Catalogue.libraries("inn-libraries", SUTTON),
				Catalogue.wasteDepot("inn-waste", KINGS_LYNN), Catalogue.revenuesPartnership("inn-revenues", BRECKLAND)),
				MatchWeights.defaults(), code -> 1.0, needs);
	}

	private static EngineRequest request(String topic) {
		return new EngineRequest("req-new", BASSETLAW, topic, List.of(ServiceArea.PUBLIC_HEALTH),
				List.of(Format.OPEN_DAY, Format.VIRTUAL),
				new DateWindow(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31)), 250, 2);
	}

	private static final EngineRequest SURPLUS = request("Our supermarkets throw edible produce away each evening, and"
			+ " families on the estates go hungry. How have others got it to them?");

	@Test
	void shouldAnswerARequestWordedLikeANeedTheInnovationAnsweredBefore() throws IOException {
		assertThat(matcher(AnsweredNeeds.none(), FRIDGES).rank(SURPLUS, 5).matches())
			.as("the innovation's own words do not meet the officer's")
			.isEmpty();

		Ranking ranking = matcher(remembered("inn-fridges", REMEMBERED), FRIDGES).rank(SURPLUS, 5);

		assertThat(ranking.matches()).extracting(MatchResult::innovationId).containsExactly("inn-fridges");
		MatchResult match = ranking.matches().get(0);
		assertThat((Double) match.reasons().get("answeredNeed"))
			.isGreaterThanOrEqualTo(MatchWeights.defaults().answeredNeedMin());
		assertThat(match.explanation()).anyMatch(
				s -> s.startsWith("Answered a need like yours for another council: \"Supermarkets bin edible produce"));
	}

	@Test
	void shouldRankTheInnovationJudgedExactlyRightAboveOneJudgedUsefulForTheSameNeed() throws IOException {
		EngineInnovation pantry = new EngineInnovation("inn-pantry", SUTTON, List.of(), "Membership food pantry",
				"Residents pay a small weekly fee for a bag of groceries chosen from donated stock.",
				List.of(ServiceArea.PUBLIC_HEALTH), InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED, List.of("pantry"),
				null, null);
		AnsweredNeeds needs = AnsweredNeeds.parse(new StringReader(
				"inn-fridges\t" + TITLE + "\t3\treq-earlier\t" + REMEMBERED + "\n"
						+ "inn-pantry\tMembership food pantry\t2\treq-earlier\t" + REMEMBERED + "\n"));
		Matcher matcher = new Matcher(Councils.reference(), List.of(FRIDGES, pantry,
				Catalogue.libraries("inn-libraries", SUTTON), Catalogue.wasteDepot("inn-waste", KINGS_LYNN)),
				MatchWeights.defaults(), code -> 1.0, needs);

		List<MatchResult> matches = matcher.rank(SURPLUS, 5).matches();

		assertThat(matches).extracting(MatchResult::innovationId).containsExactly("inn-fridges", "inn-pantry");
		assertThat((Double) matches.get(1).reasons().get("answeredNeed"))
			.isCloseTo((Double) matches.get(0).reasons().get("answeredNeed") * 2 / 3, org.assertj.core.api.Assertions.within(0.001));
	}

	@Test
	void shouldNeverCountARequestAsItsOwnEvidence() throws IOException {
		EngineRequest same = request("  " + REMEMBERED.toUpperCase().replace(" ", "   ") + " ");

		assertThat(matcher(remembered("inn-fridges", REMEMBERED), FRIDGES).rank(same, 5).matches()).isEmpty();
	}

	@Test
	void shouldNotLetASharedSideIssuePassForARememberedNeed() throws IOException {
		EngineRequest landlords = request("Families on our estates complain every night about dog fouling and litter on"
				+ " the greens.");

		assertThat(matcher(remembered("inn-fridges", REMEMBERED), FRIDGES).rank(landlords, 5).matches()).isEmpty();
	}

	@Test
	void shouldRememberTheNeedForACopyOfTheInnovationUnderAnotherId() throws IOException {
		Ranking ranking = matcher(remembered("inn-fridges", REMEMBERED), fridges("inn-g7-fridges")).rank(SURPLUS, 5);

		assertThat(ranking.matches()).extracting(MatchResult::innovationId).containsExactly("inn-g7-fridges");
	}

	@Test
	void shouldRememberTheNeedForAnAdoptersCopyBesideTheOriginal() throws IOException {
		EngineInnovation adopted = new EngineInnovation("inn-fridges--e07000144", BROADLAND, List.of(), TITLE,
				"Broadland adopted this from Sutton. " + FRIDGES.summary(), FRIDGES.serviceAreas(),
				FRIDGES.innovationType(), FRIDGES.stage(), FRIDGES.keywords(), null, null);
		Matcher matcher = new Matcher(Councils.reference(), List.of(FRIDGES, adopted,
				Catalogue.libraries("inn-libraries", SUTTON), Catalogue.wasteDepot("inn-waste", KINGS_LYNN)),
				MatchWeights.defaults(), code -> 1.0, remembered("inn-fridges", REMEMBERED));

		Ranking ranking = matcher.rank(SURPLUS, 5);

		// The copy answers the need as well as the original, so its host is no far second to the planner.
		assertThat(ranking.matches()).extracting(MatchResult::innovationId)
			.containsExactlyInAnyOrder("inn-fridges", "inn-fridges--e07000144");
		assertThat(ranking.matches()).extracting(m -> m.reasons().get("answeredNeed")).doesNotContain(0.0).hasSize(2);
	}

	@Test
	void shouldForgetTheNeedsOfRequestsHeldOutForMeasurement() throws IOException {
		AnsweredNeeds heldOut = remembered("inn-fridges", REMEMBERED).withoutRequests(Set.of("req-earlier"));

		assertThat(heldOut.size()).isZero();
		assertThat(matcher(heldOut, FRIDGES).rank(SURPLUS, 5).matches()).isEmpty();
	}

	@Test
	void shouldRejectALineWithoutAllFiveFields() {
		assertThatThrownBy(() -> AnsweredNeeds.parse(new StringReader("inn-fridges\t" + TITLE + "\t3\n")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("line 1");
	}

	@Test
	void shouldShipNeedsForTheReferenceCatalogue() {
		assertThat(AnsweredNeeds.standard().all()).hasSizeGreaterThan(200)
			.allSatisfy(n -> assertThat(n.grade()).isBetween(2, 3));
	}
}
