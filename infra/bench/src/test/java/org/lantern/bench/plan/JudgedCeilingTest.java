package org.lantern.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.bench.LanternBenchAccess;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.bench.dataset.Judgments;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.Planner;
import org.lantern.engine.plan.PlannerOptions;
import org.lantern.engine.plan.Strategy;

/**
 * Small datasets whose best plan is known by hand, so the ceiling is seen to bind where the hosts' caps and rooms do.
 * Sutton (E09000029), Westminster (E09000033) and Camden (E09000007) are in London: Camden–Westminster 4 km,
 * Camden–Sutton 21 km.
 */
class JudgedCeilingTest {

	@TempDir
	Path dir;

	@Test
	void aHostsQuarterlyCapAndRoomLimitWhatAnyPlanCouldPlace() throws Exception {
		// One open day a quarter for four people; four parties of two want March.
		String innovation = innovation("inn-a", "E09000029", "[\"OPEN_DAY\"]", 1, 4);
		String requests = inMarch(4, "[\"OPEN_DAY\"]", 2, "inn-a");

		assertThat(ceiling(innovation, requests).ceiling()).isEqualTo(2);
	}

	@Test
	void aWindowReachingIntoTheNextQuarterOpensAnotherGathering() throws Exception {
		String innovation = innovation("inn-a", "E09000029", "[\"OPEN_DAY\"]", 1, 4);
		String requests = requests(4, "E09000033", "[\"OPEN_DAY\"]", "2027-03-01", "2027-04-30", 50, 2, "inn-a");

		assertThat(ceiling(innovation, requests).ceiling()).isEqualTo(4);
	}

	@Test
	void aHostsInnovationsMayShareOneGathering() throws Exception {
		// One slot, but one open day may show both innovations to both parties.
		String innovations = innovation("inn-a", "E09000029", "[\"OPEN_DAY\"]", 1, 10) + ","
				+ innovation("inn-c", "E09000029", "[\"OPEN_DAY\"]", 1, 10);
		String requests = inMarch(1, "[\"OPEN_DAY\"]", 2, "inn-a") + ","
				+ inMarch(1, "[\"OPEN_DAY\"]", 2, "inn-c").replace("\"r1\"", "\"r2\"");

		assertThat(ceiling(innovations, requests).ceiling()).isEqualTo(2);
	}

	@Test
	void eachHostedVisitTakesAWholeSlot() throws Exception {
		String innovation = innovation("inn-b", "E09000029", "[\"HOSTED_VISIT\"]", 2, 20);
		String requests = inMarch(3, "[\"HOSTED_VISIT\"]", 1, "inn-b");

		assertThat(ceiling(innovation, requests).ceiling()).isEqualTo(2);
	}

	@Test
	void aNetworkMeetingHoldsItsVenuesRoom() throws Exception {
		// Sutton is beyond the Camden seekers' 10 km but presents at Westminster, whose room holds three.
		String innovations = innovation("inn-n", "E09000029", "[\"NETWORK_MEETING\"]", 1, 10) + ","
				+ innovation("inn-w", "E09000033", "[\"NETWORK_MEETING\"]", 2, 3);
		String requests = requests(4, "E09000007", "[\"NETWORK_MEETING\"]", "2027-03-01", "2027-03-31", 10, 1,
				"inn-n");

		JudgedCeiling ceiling = ceiling(innovations, requests);

		assertThat(ceiling.ceiling()).isEqualTo(3);
		assertThat(ceiling.proven()).isTrue();
	}

	@Test
	void onlyInnovationsJudgedRelevantCount() throws Exception {
		String innovation = innovation("inn-a", "E09000029", "[\"OPEN_DAY\"]", 2, 20);
		String requests = inMarch(3, "[\"OPEN_DAY\"]", 1, "inn-a")
			.replace("\"inn-a\": 2", "\"inn-a\": 1");

		assertThat(ceiling(innovation, requests).ceiling()).isZero();
	}

	@Test
	void noStrategysPlanPlacesMoreRelevantlyThanTheCeilingOnAGeneratedWorkload() throws Exception {
		File file = dir.resolve("w.json").toFile();
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertThat(LanternBenchAccess.run(new String[] { "generate", "--councils", "150", "--innovations", "90",
				"--requests", "300", "--seed", "4", "--from", Path.of("src/test/resources/holdout-3.json").toString(),
				"--out", file.getPath() }, quiet, quiet)).isZero();
		Dataset dataset = DatasetReader.read(file);
		Map<String, Map<String, Integer>> judgments = Judgments.read(file);
		JudgedCeiling ceiling = JudgedCeiling.of(dataset, judgments).orElseThrow();

		for (Strategy strategy : Strategy.values()) {
			Plan plan = new Planner(PlannerOptions.defaults().withStrategy(strategy)).plan(dataset.problem());
			JudgedEvaluation e = JudgedEvaluation.of(dataset, judgments, plan);

			assertThat(e.servedRelevant()).as(strategy.name()).isPositive().isLessThanOrEqualTo(ceiling.ceiling());
			assertThat(ceiling.ceiling()).isLessThanOrEqualTo(e.servableJudged());
		}
	}

	private JudgedCeiling ceiling(String innovations, String requests) throws Exception {
		File file = dir.resolve("d.json").toFile();
		Files.writeString(file.toPath(), "{\"innovations\": [" + innovations + "], \"requests\": [" + requests + "]}");
		return JudgedCeiling.of(DatasetReader.read(file), Judgments.read(file)).orElseThrow();
	}

	private static String innovation(String id, String host, String formats, int perQuarter, int visitors) {
		return """
				{"id": "%s", "hostCouncil": "%s", "title": "%s", "serviceAreas": ["ENVIRONMENT_WASTE"],
				 "hostingOffer": {"formats": %s, "maxGatheringsPerQuarter": %d, "maxVisitorsPerGathering": %d}}
				""".formatted(id, host, id, formats, perQuarter, visitors);
	}

	/** Parties from Westminster, 17 km from Sutton, wanting March 2027. */
	private static String inMarch(int n, String formats, int people, String judged) {
		return requests(n, "E09000033", formats, "2027-03-01", "2027-03-31", 50, people, judged);
	}

	private static String requests(int n, String seeker, String formats, String from, String to, int km, int people,
			String judged) {
		return IntStream.rangeClosed(1, n).mapToObj(k -> """
				{"id": "r%d", "seekerCouncil": "%s", "topic": "t", "serviceAreas": ["ENVIRONMENT_WASTE"],
				 "formats": %s, "window": {"from": "%s", "to": "%s"}, "maxTravelKm": %d, "attendees": %d,
				 "judgments": {"%s": 2}}
				""".formatted(k, seeker, formats, from, to, km, people, judged)).collect(Collectors.joining(","));
	}
}
