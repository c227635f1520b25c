package org.lantern.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.bench.LanternBenchAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class GenerateFromTest {

	private static final Path EXTRA = Path.of("src/test/resources/extra-requests.json");

	private static final Path HOLDOUT_2 = Path.of("src/test/resources/holdout-2.json");

	@TempDir
	Path dir;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private int bench(String... args) {
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		return LanternBenchAccess.run(args, out, out);
	}

	/**
	 * The expected values were computed with the generator as it was before {@code --from} (commit b5c2b9c), over
	 * key-sorted JSON: that version wrote two objects through Map.of, whose key order changes from one JVM to the next,
	 * so only the content, not the bytes, was the same from run to run.
	 */
	@Test
	void withoutFromTheWorkloadIsTheOneGeneratedBefore() throws Exception {
		assertThat(sortedSha256(WorkloadGenerator.generate(new WorkloadGenerator.Params(40, 12, 30, 7))))
			.isEqualTo("f85ba06c6d62f2542b3a7e11b678ab701b9298d8a3cd2e9d07604a816b44d0ab");
		assertThat(sortedSha256(WorkloadGenerator.generate(new WorkloadGenerator.Params(300, 90, 600, 1))))
			.isEqualTo("b632b79836811cc8905ee2fc87fb340a63b10e395c12a218dae9eb8b1c1f1394");
	}

	/** The bytes of the file are now the same in every JVM, and this pins them. */
	@Test
	void withoutFromTheFileHasTheSameBytesEveryRun() throws Exception {
		File file = dir.resolve("w.json").toFile();
		assertThat(bench("generate", "--councils", "40", "--innovations", "12", "--requests", "30", "--seed", "7",
				"--out", file.getPath())).isZero();

		assertThat(sha256(Files.readAllBytes(file.toPath())))
			.isEqualTo("ac9d6186e265f628e18ad307e1753b8a26f06680f2203e544114b32887743591");
	}

	@Test
	void requestsWithoutInnovationsAreJudgedAgainstTheDevCatalogue() throws Exception {
		File file = dir.resolve("w.json").toFile();
		assertThat(bench("generate", "--councils", "100", "--innovations", "90", "--requests", "200", "--seed", "3",
				"--out", file.getPath(), "--from", EXTRA.toString())).isZero();

		JsonNode root = PlanJson.JSON.readTree(file);
		Set<String> topics = topics(PlanJson.JSON.readTree(EXTRA.toFile()));
		Set<String> innovationIds = new HashSet<>();
		root.path("innovations").forEach(i -> innovationIds.add(i.path("id").asString()));
		int judged = 0;
		for (JsonNode r : root.path("requests")) {
			assertThat(topics).contains(r.path("topic").asString());
			for (var g : r.path("judgments").properties()) {
				assertThat(innovationIds).contains(g.getKey());
				judged++;
			}
		}
		Set<String> dev = new HashSet<>();
		dev().path("innovations").forEach(i -> dev.add(i.path("id").asString()));
		assertThat(innovationIds).hasSize(90)
			.allSatisfy(id -> assertThat(dev).contains(id.replaceFirst("^inn-g[0-9]+-", "inn-")));
		assertThat(judged).isPositive();
		assertThat(root.path("generator").path("from").asString()).isEqualTo(EXTRA.toString());
	}

	@Test
	void aFullDatasetSuppliesItsOwnNeedsTheSameForASeed() throws Exception {
		File a = dir.resolve("a.json").toFile(), b = dir.resolve("b.json").toFile();
		String[] args = generateFrom(HOLDOUT_2);
		assertThat(bench(concat(args, a.getPath()))).isZero();
		assertThat(bench(concat(args, b.getPath()))).isZero();

		assertThat(Files.readAllBytes(a.toPath())).isEqualTo(Files.readAllBytes(b.toPath()));
		Set<String> topics = topics(PlanJson.JSON.readTree(HOLDOUT_2.toFile()));
		PlanJson.JSON.readTree(a).path("requests").forEach(r -> assertThat(topics).contains(r.path("topic").asString()));
	}

	@Test
	void withCatalogueHostsTheInnovationsStayWithTheirHostsAndNothingElseChanges() throws Exception {
		File moved = dir.resolve("moved.json").toFile(), kept = dir.resolve("kept.json").toFile();
		String[] args = generateFrom(EXTRA);
		assertThat(bench(concat(args, moved.getPath()))).isZero();
		assertThat(bench(concat(concat(args, kept.getPath()), "--catalogue-hosts"))).isZero();

		JsonNode a = PlanJson.JSON.readTree(moved), b = PlanJson.JSON.readTree(kept);
		assertThat(b.path("requests")).isEqualTo(a.path("requests"));
		Map<String, String> devHost = new HashMap<>();
		Set<String> devCouncils = new HashSet<>();
		JsonNode dev = dev();
		dev.path("innovations").forEach(i -> devHost.put(i.path("id").asString(), i.path("hostCouncil").asString()));
		dev.path("councils").forEach(c -> devCouncils.add(c.path("code").asString()));
		Set<String> hosts = new HashSet<>();
		for (int k = 0; k < 90; k++) {
			JsonNode m = a.path("innovations").get(k), i = b.path("innovations").get(k);
			assertThat(i.path("id")).isEqualTo(m.path("id"));
			assertThat(i.path("hostingOffer")).isEqualTo(m.path("hostingOffer"));
			assertThat(i.path("hostCouncil").asString())
				.isEqualTo(devHost.get(i.path("id").asString().replaceFirst("^inn-g[0-9]+-", "inn-")));
			hosts.add(i.path("hostCouncil").asString());
		}
		// The dev catalogue's 90 innovations have 24 hosts, three of them not councils: those come along.
		assertThat(hosts).hasSize(24);
		Set<String> carried = new HashSet<>();
		b.path("councils").forEach(c -> carried.add(c.path("code").asString()));
		assertThat(carried).isEqualTo(devCouncils).isNotEmpty();
		// A council's cap is now shared by its innovations; the plan still keeps every rule.
		assertThat(bench("plan", "--dataset", kept.getPath(), "--out", dir.resolve("plan.json").toString(), "--check"))
			.isZero();
	}

	@Test
	void aSkewOfZeroAsksForEveryNeedAboutAsOftenAndChangesNothingElse() throws Exception {
		File skewed = dir.resolve("skewed.json").toFile(), even = dir.resolve("even.json").toFile();
		String[] args = { "generate", "--councils", "300", "--innovations", "90", "--requests", "600", "--seed", "1",
				"--out" };
		assertThat(bench(concat(args, skewed.getPath()))).isZero();
		assertThat(bench(concat(concat(concat(args, even.getPath()), "--skew"), "0"))).isZero();

		JsonNode a = PlanJson.JSON.readTree(skewed), b = PlanJson.JSON.readTree(even);
		// The dev set's 30 needs: the five most asked-for draw 40% of the demand by default, 22% when even.
		assertThat(topFiveShare(a)).isGreaterThan(0.3);
		assertThat(topFiveShare(b)).isLessThan(0.25);
		assertThat(b.path("innovations")).isEqualTo(a.path("innovations"));
		for (int k = 0; k < 600; k++) {
			JsonNode x = a.path("requests").get(k), y = b.path("requests").get(k);
			assertThat(y.path("seekerCouncil")).isEqualTo(x.path("seekerCouncil"));
			assertThat(y.path("window")).isEqualTo(x.path("window"));
		}
		assertThat(b.path("generator").path("skew").asDouble()).isZero();
		assertThat(a.path("generator").has("skew")).isFalse();
	}

	@Test
	void aNegativeSkewIsAUsageError() {
		assertThat(bench("generate", "--councils", "10", "--innovations", "5", "--requests", "5", "--seed", "1",
				"--out", dir.resolve("w.json").toString(), "--skew", "-0.5")).isEqualTo(2);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--skew must be a number of at least 0");
	}

	private static double topFiveShare(JsonNode dataset) {
		Map<String, Integer> byTopic = new HashMap<>();
		dataset.path("requests").forEach(r -> byTopic.merge(r.path("topic").asString(), 1, Integer::sum));
		int top = byTopic.values().stream().sorted(Comparator.reverseOrder()).limit(5).mapToInt(n -> n).sum();
		return top / (double) dataset.path("requests").size();
	}

	@Test
	void aTemplateFileWithoutRequestsIsUnusableInput() throws Exception {
		File empty = dir.resolve("empty.json").toFile();
		Files.writeString(empty.toPath(), "{\"innovations\": []}");

		assertThat(bench("generate", "--councils", "10", "--innovations", "5", "--requests", "5", "--seed", "1",
				"--out", dir.resolve("w.json").toString(), "--from", empty.getPath())).isEqualTo(1);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("has no requests");
	}

	/** Arguments of a 200-request workload from {@code from} (seed 5), to be followed by the output file. */
	private static String[] generateFrom(Path from) {
		return new String[] { "generate", "--councils", "100", "--innovations", "90", "--requests", "200", "--seed", "5",
				"--from", from.toString(), "--out" };
	}

	private static JsonNode dev() throws Exception {
		try (var in = GenerateFromTest.class.getResourceAsStream("/lantern-bench/lantern-dev.json")) {
			return PlanJson.JSON.readTree(in);
		}
	}

	private static Set<String> topics(JsonNode dataset) {
		Set<String> out = new HashSet<>();
		dataset.path("requests").forEach(r -> out.add(r.path("topic").asString()));
		return out;
	}

	private static String[] concat(String[] args, String last) {
		String[] out = java.util.Arrays.copyOf(args, args.length + 1);
		out[args.length] = last;
		return out;
	}

	private static String sortedSha256(Object document) throws Exception {
		JsonMapper sorted = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
		return sha256(sorted.writeValueAsBytes(document));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
