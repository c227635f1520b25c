package org.lantern.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.PlanChecker;
import org.lantern.engine.plan.Planner;
import org.lantern.engine.plan.PlannerOptions;
import org.lantern.engine.plan.PlanningProblem;
import org.lantern.engine.plan.Strategy;
import tools.jackson.databind.JsonNode;

class PlanBenchTest {

	@TempDir
	Path dir;

	private static int bench(String... args) {
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		return org.lantern.bench.LanternBenchAccess.run(args, out, out);
	}

	/** The dev set, copied where the bench can read it as a file. */
	private File devDataset() throws java.io.IOException {
		File dataset = dir.resolve("dev.json").toFile();
		try (var in = PlanBenchTest.class.getResourceAsStream("/lantern-bench/lantern-dev.json")) {
			Files.copy(in, dataset.toPath());
		}
		return dataset;
	}

	/** What the bench printed for a call it refused as a usage error (exit status 2). */
	private static String usageError(String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		assertThat(org.lantern.bench.LanternBenchAccess.run(args, out, out)).isEqualTo(2);
		return printed.toString(StandardCharsets.UTF_8);
	}

	@Test
	void generateIsDeterministicForASeed() throws Exception {
		Map<String, Object> a = WorkloadGenerator.generate(new WorkloadGenerator.Params(100, 90, 200, 7));
		Map<String, Object> b = WorkloadGenerator.generate(new WorkloadGenerator.Params(100, 90, 200, 7));
		Map<String, Object> c = WorkloadGenerator.generate(new WorkloadGenerator.Params(100, 90, 200, 8));

		assertThat(PlanJson.JSON.writeValueAsString(a)).isEqualTo(PlanJson.JSON.writeValueAsString(b))
			.isNotEqualTo(PlanJson.JSON.writeValueAsString(c));
	}

	@Test
	void generatedRequestsHaveTheContractsShape() throws Exception {
		File file = dir.resolve("w.json").toFile();
		assertThat(bench("generate", "--councils", "120", "--innovations", "90", "--requests", "300", "--seed", "3",
				"--out", file.getPath())).isZero();
		JsonNode root = PlanJson.JSON.readTree(file);

		assertThat(root.path("requests")).hasSize(300);
		for (JsonNode r : root.path("requests")) {
			int km = r.path("maxTravelKm").asInt();
			assertThat(km).isBetween(30, 400);
			java.time.LocalDate from = java.time.LocalDate.parse(r.path("window").path("from").asString());
			java.time.LocalDate to = java.time.LocalDate.parse(r.path("window").path("to").asString());
			assertThat(to).isAfterOrEqualTo(from.plusMonths(1).minusDays(1)).isBeforeOrEqualTo(from.plusMonths(6));
		}
		for (JsonNode i : root.path("innovations")) {
			assertThat(i.path("hostingOffer").path("maxGatheringsPerQuarter").asInt()).isBetween(1, 3);
			assertThat(i.path("hostingOffer").path("maxVisitorsPerGathering").asInt()).isBetween(6, 20);
		}
	}

	@Test
	void everyStrategyPlansAGeneratedWorkloadWithNoViolations() throws Exception {
		File file = dir.resolve("w.json").toFile();
		org.lantern.bench.dataset.JsonFiles.write(file, WorkloadGenerator.generate(new WorkloadGenerator.Params(200, 90, 400, 11)));
		Dataset d = DatasetReader.read(file);
		PlanningProblem problem = new PlanningProblem(d.councils(), d.innovations(), d.requests());
		for (Strategy strategy : Strategy.values()) {
			Plan plan = new Planner(PlannerOptions.defaults().withStrategy(strategy)).plan(problem);

			assertThat(new PlanChecker(problem).check(plan)).as(strategy.name()).isEmpty();
		}
	}

	@Test
	void planWritesTheContractsDocumentAndItsCheckPasses() throws Exception {
		File out = dir.resolve("plan.json").toFile();
		File dataset = devDataset();
		assertThat(bench("plan", "--dataset", dataset.getPath(), "--out", out.getPath(), "--check")).isZero();
		JsonNode root = PlanJson.JSON.readTree(out);

		assertThat(root.path("metrics").path("requests").asInt()).isEqualTo(30);
		assertThat(root.path("metrics").has("hostDays")).isTrue();
		assertThat(root.path("metrics").has("naiveHostDays")).isTrue();
		assertThat(root.path("metrics").has("maxGatheringsPerHostQuarter")).isTrue();
		assertThat(root.path("gatherings").get(0).has("venueCouncil")).isTrue();
		assertThat(root.path("gatherings").get(0).path("attendees").get(0).has("innovationIds")).isTrue();
		assertThat(bench("check", "--dataset", dataset.getPath(), "--plan", out.getPath())).isZero();
	}

	@Test
	void aTuningValueOutOfRangeIsAUsageErrorThatNamesTheRange() throws Exception {
		File dataset = devDataset();
		String out = dir.resolve("plan.json").toString();

		assertThat(usageError("plan", "--dataset", dataset.getPath(), "--out", out, "--seekers-per-host-day", "-1"))
			.contains("plan: --seekers-per-host-day must be a number of at least 0");
		assertThat(usageError("plan", "--dataset", dataset.getPath(), "--out", out, "--rescue-relevance", "0.99"))
			.contains("plan: --rescue-relevance must be a number between 0 and the fallback relevance");
		assertThat(bench("plan", "--dataset", dataset.getPath(), "--out", out, "--seekers-per-host-day", "0")).isZero();
	}

	@Test
	void planMatchesWithTheWeightsGivenAsSystemPropertiesLikeMatchEval() throws Exception {
		File dataset = devDataset();
		File out = dir.resolve("plan.json").toFile();
		System.setProperty("lantern.match.minRelevance", "0.99");
		try {
			assertThat(bench("plan", "--dataset", dataset.getPath(), "--out", out.getPath())).isZero();
		}
		finally {
			System.clearProperty("lantern.match.minRelevance");
		}
		JsonNode plan = PlanJson.JSON.readTree(out);

		assertThat(plan.path("gatherings")).isEmpty();
		assertThat(plan.path("unserved")).hasSize(30)
			.allSatisfy(u -> assertThat(u.path("reason").asString()).isEqualTo("NO_RELEVANT_INNOVATION"));
	}

	@Test
	void plansTheNetworkMeetingsADatasetsRegionalBodiesAskForAndSaysWhyNotWhenItCannot() throws Exception {
		File dataset = dir.resolve("themes.json").toFile();
		File out = dir.resolve("plan.json").toFile();
		tools.jackson.databind.node.ObjectNode root;
		try (var in = PlanBenchTest.class.getResourceAsStream("/lantern-bench/lantern-dev.json")) {
			root = (tools.jackson.databind.node.ObjectNode) PlanJson.JSON.readTree(in);
		}
		root.set("themes", PlanJson.JSON.readTree("""
				[{"id": "theme-nw", "region": "North West", "requestedBy": "North West Employers",
				  "theme": "Residents and community groups taking on local services in their neighbourhoods",
				  "serviceAreas": ["COMMUNITY_ENGAGEMENT"], "window": {"from": "2027-03-01", "to": "2027-05-28"}},
				 {"id": "theme-lido", "region": "London", "theme": "Running a municipal lido on geothermal heat",
				  "window": {"from": "2027-03-01", "to": "2027-05-28"}}]
				"""));
		PlanJson.JSON.writeValue(dataset, root);

		assertThat(bench("plan", "--dataset", dataset.getPath(), "--out", out.getPath(), "--check")).isZero();
		JsonNode plan = PlanJson.JSON.readTree(out);

		JsonNode themed = null;
		for (JsonNode g : plan.path("gatherings")) {
			if ("theme-nw".equals(g.path("themeRequestId").asString(null))) {
				themed = g;
			}
		}
		assertThat(themed).isNotNull();
		assertThat(themed.path("kind").asString()).isEqualTo("NETWORK_MEETING");
		assertThat(themed.path("region").asString()).isEqualTo("North West");
		assertThat(themed.path("hosts").size()).isGreaterThanOrEqualTo(2);
		assertThat(plan.path("themes").get(0).path("gatheringId").asString()).isEqualTo(themed.path("id").asString());
		assertThat(plan.path("themes").get(1).path("reason").asString()).isEqualTo("NO_PRESENTERS");
	}
}
