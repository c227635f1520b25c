package org.lantern.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.bench.LanternBenchAccess;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.bench.dataset.Judgments;
import tools.jackson.databind.JsonNode;

/**
 * A handmade dataset where each request tests one rule of "servable by judgments", and a plan with one placement of
 * each grade but 2. Sutton (S), Westminster (W) and Camden (C) are in London, S–W 17 km, C–W 4 km, C–S 21 km;
 * Birmingham (B) – Nottingham (N) is 70 km.
 */
class JudgedEvaluationTest {

	private static final String DATASET = """
			{"innovations": [
			  {"id": "inn-a", "hostCouncil": "E09000029", "title": "A", "serviceAreas": ["ENVIRONMENT_WASTE"],
			   "hostingOffer": {"formats": ["OPEN_DAY"], "maxGatheringsPerQuarter": 2, "maxVisitorsPerGathering": 10,
			                    "blackoutDates": ["2027-03-01"]}},
			  {"id": "inn-b", "hostCouncil": "E08000025", "title": "B", "serviceAreas": ["ENVIRONMENT_WASTE"],
			   "hostingOffer": {"formats": ["HOSTED_VISIT", "OPEN_DAY"], "maxGatheringsPerQuarter": 2,
			                    "maxVisitorsPerGathering": 10}},
			  {"id": "inn-w", "hostCouncil": "E09000033", "title": "W", "serviceAreas": ["ENVIRONMENT_WASTE"],
			   "hostingOffer": {"formats": ["NETWORK_MEETING"], "maxGatheringsPerQuarter": 2,
			                    "maxVisitorsPerGathering": 10}},
			  {"id": "inn-n", "hostCouncil": "E09000029", "title": "N", "serviceAreas": ["ENVIRONMENT_WASTE"],
			   "hostingOffer": {"formats": ["NETWORK_MEETING"], "maxGatheringsPerQuarter": 2,
			                    "maxVisitorsPerGathering": 10}}],
			 "requests": [
			  {"id": "r1", "seekerCouncil": "E09000033", "topic": "reachable open day, placed with its grade-3 innovation",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["OPEN_DAY"], "window": {"from": "2027-03-01", "to": "2027-03-31"},
			   "maxTravelKm": 50, "attendees": 2, "judgments": {"inn-a": 3}},
			  {"id": "r2", "seekerCouncil": "E09000029",
			   "topic": "placed with an innovation nobody judged for it, and this topic is longer than sixty characters",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["OPEN_DAY"], "window": {"from": "2027-03-01", "to": "2027-03-31"},
			   "maxTravelKm": 50, "attendees": 1, "judgments": {"inn-b": 1}},
			  {"id": "r3", "seekerCouncil": "E06000018", "topic": "only a partial match in reach",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["HOSTED_VISIT"], "window": {"from": "2027-03-01", "to": "2027-03-31"},
			   "maxTravelKm": 100, "attendees": 1, "judgments": {"inn-b": 1, "inn-a": 2}},
			  {"id": "r4", "seekerCouncil": "E09000007", "topic": "network meeting at Westminster, Sutton out of reach",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["NETWORK_MEETING"],
			   "window": {"from": "2027-03-01", "to": "2027-03-31"}, "maxTravelKm": 10, "attendees": 1,
			   "judgments": {"inn-n": 3}},
			  {"id": "r5", "seekerCouncil": "E09000007", "topic": "Easter weekend only",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["NETWORK_MEETING"],
			   "window": {"from": "2027-03-26", "to": "2027-03-29"}, "maxTravelKm": 10, "attendees": 1,
			   "judgments": {"inn-n": 3}},
			  {"id": "r6", "seekerCouncil": "E09000033", "topic": "the host's blackout day only",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["OPEN_DAY"], "window": {"from": "2027-03-01", "to": "2027-03-01"},
			   "maxTravelKm": 50, "attendees": 1, "judgments": {"inn-a": 2}},
			  {"id": "r7", "seekerCouncil": "E06000023", "topic": "virtual only, not offered",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["VIRTUAL"], "window": {"from": "2027-03-01", "to": "2027-03-31"},
			   "maxTravelKm": 50, "attendees": 1, "judgments": {"inn-a": 3}},
			  {"id": "r8", "seekerCouncil": "E06000023", "topic": "nothing relevant",
			   "serviceAreas": ["ENVIRONMENT_WASTE"], "formats": ["VIRTUAL"], "window": {"from": "2027-03-01", "to": "2027-03-31"},
			   "maxTravelKm": 50, "attendees": 1}]}
			""";

	private static final String PLAN = """
			{"gatherings": [
			  {"id": "g-1", "kind": "OPEN_DAY", "date": "2027-03-02", "venueCouncil": "E09000029",
			   "hosts": ["E09000029"], "innovations": ["inn-a"], "region": "London",
			   "attendees": [
			     {"requestId": "r1", "seekerCouncil": "E09000033", "innovationIds": ["inn-a"], "people": 2, "score": 0.9,
			      "reasons": {"inn-a": {"relevance": 0.8}}},
			     {"requestId": "r2", "seekerCouncil": "E09000029", "innovationIds": ["inn-a"], "people": 1, "score": 0.4,
			      "reasons": {"inn-a": {"relevance": 0.27, "distanceKm": 0.0}}}]},
			  {"id": "g-2", "kind": "HOSTED_VISIT", "date": "2027-03-03", "venueCouncil": "E08000025",
			   "hosts": ["E08000025"], "innovations": ["inn-b"], "region": "West Midlands",
			   "attendees": [{"requestId": "r3", "seekerCouncil": "E06000018", "innovationIds": ["inn-b"], "people": 1}]}],
			 "unserved": [{"requestId": "r4", "reason": "NO_CAPACITY"}, {"requestId": "r5", "reason": "NO_CAPACITY"},
			   {"requestId": "r6", "reason": "NO_CAPACITY"}, {"requestId": "r7", "reason": "NO_REACHABLE_HOST"},
			   {"requestId": "r8", "reason": "NO_RELEVANT_INNOVATION"}]}
			""";

	@TempDir
	Path dir;

	private File dataset;

	private File plan;

	@BeforeEach
	void files() throws Exception {
		dataset = dir.resolve("d.json").toFile();
		plan = dir.resolve("p.json").toFile();
		Files.writeString(dataset.toPath(), DATASET);
		Files.writeString(plan.toPath(), PLAN);
	}

	@Test
	void gradesEachPlacementAndReportsTheOneUnrelatedOne() {
		JudgedEvaluation e = JudgedEvaluation.of(DatasetReader.read(dataset), Judgments.read(dataset),
				PlanJson.read(plan));

		assertThat(e.placementsByGrade()).isEqualTo(Map.of(3, 1, 2, 0, 1, 1, 0, 1));
		assertThat(e.unrelated()).singleElement().satisfies(p -> {
			assertThat(p.requestId()).isEqualTo("r2");
			assertThat(p.innovationIds()).containsExactly("inn-a");
			assertThat(p.reasons().get("inn-a")).containsEntry("relevance", 0.27);
		});
		assertThat(e.served()).isEqualTo(3);
		assertThat(e.hostDays()).isEqualTo(2.0);
		assertThat(e.seekersPerHostDay()).isEqualTo(1.5);
	}

	@Test
	void servableByJudgmentsNeedsAFormatReachAndAnOpenWorkingDay() {
		JudgedEvaluation e = JudgedEvaluation.of(DatasetReader.read(dataset), Judgments.read(dataset),
				PlanJson.read(plan));

		// r1 by open day; r4 by a network meeting at Westminster. Not r2 (grade 1 only), r3 (its grade-2 innovation
		// is 190 km away), r5 (Good Friday to Easter Monday), r6 (the host's blackout), r7 (no common format), r8.
		assertThat(e.servableJudged()).isEqualTo(2);
		assertThat(e.judgedRequests()).isEqualTo(7);
		assertThat(e.servedRelevant()).isEqualTo(1);
		assertThat(e.servedRelevantShare()).isEqualTo(0.5);
		assertThat(e.missed()).isEqualTo(Map.of("r4", "NO_CAPACITY"));
	}

	@Test
	void checkKeepsItsFirstLineAndAddsTheJudgedFiguresAndTheirJson() throws Exception {
		File json = dir.resolve("e.json").toFile();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

		int status = LanternBenchAccess.run(new String[] { "check", "--dataset", dataset.getPath(), "--plan",
				plan.getPath(), "--json", json.getPath() }, out, out);

		String printed = buffer.toString(StandardCharsets.UTF_8);
		assertThat(status).as(printed).isZero();
		assertThat(printed.lines().findFirst()).contains("check: 0 violations");
		assertThat(printed).contains("0 (unrelated): 1", "1 unrelated placements",
				"r2 E09000029 [inn-a] \"placed with an innovation nobody judged for it, and this ...\"",
				"servable by judgments 2 of 8", "not served relevantly {NO_CAPACITY=1}",
				"any plan could place at most 2 relevantly (100.0% of servable by judgments",
				"this plan places 50.0% of that");
		JsonNode root = PlanJson.JSON.readTree(json);
		assertThat(root.path("violations").asInt()).isZero();
		assertThat(root.path("servableJudged").asInt()).isEqualTo(2);
		assertThat(root.path("servedRelevant").asInt()).isEqualTo(1);
		assertThat(root.path("servedRelevantShare").asDouble()).isEqualTo(0.5);
		assertThat(root.path("placementsByGrade").path("0").asInt()).isEqualTo(1);
		assertThat(root.path("unrelated")).hasSize(1);
		assertThat(root.path("unrelated").get(0).path("requestId").asString()).isEqualTo("r2");
		assertThat(root.path("seekersPerHostDay").asDouble()).isEqualTo(1.5);
		assertThat(root.path("missed").path("r4").asString()).isEqualTo("NO_CAPACITY");
		assertThat(root.path("ceilingRelevant").asInt()).isEqualTo(2);
		assertThat(root.path("ceilingProven").asBoolean()).isTrue();
	}

	@Test
	void checkWithoutJudgmentsPrintsWhatItAlwaysPrinted() throws Exception {
		Files.writeString(dataset.toPath(), DATASET.replaceAll("\"judgments\": \\{[^}]*}", "\"judgments\": {}"));
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

		int status = LanternBenchAccess.run(new String[] { "check", "--dataset", dataset.getPath(), "--plan",
				plan.getPath() }, out, out);

		assertThat(status).isZero();
		assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("check: 0 violations" + System.lineSeparator());
	}

	@Test
	void aBrokenPlanStillExitsThreeAndItsJsonCountsTheViolations() throws Exception {
		// Good Friday 2027.
		Files.writeString(plan.toPath(), PLAN.replace("2027-03-03", "2027-03-26"));
		File json = dir.resolve("e.json").toFile();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

		int status = LanternBenchAccess.run(new String[] { "check", "--dataset", dataset.getPath(), "--plan",
				plan.getPath(), "--json", json.getPath() }, out, out);

		assertThat(status).isEqualTo(3);
		assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("check: 1 violations {BANK_HOLIDAY=1}");
		assertThat(PlanJson.JSON.readTree(json).path("violations").asInt()).isEqualTo(1);
	}
}
