package org.lantern.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lantern.bench.LanternBenchAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code pipeline} through the real path: the launcher's broker and store in this JVM, and the matching-service from
 * the exec jar the reactor packaged before this module.
 */
class PipelineCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return LanternBenchAccess.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void shouldDecideEveryRequestAndPrintOneLineOfFiguresThenLeaveNothingBehind() throws IOException {
		int status = run("pipeline", "--requests", "30", "--rate", "100");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1);
		JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(line.path("requests").asInt()).isEqualTo(30);
		assertThat(line.path("decided").asInt()).isEqualTo(30);
		assertThat(line.path("matched").asInt() + line.path("unmatched").asInt()).isEqualTo(30);
		assertThat(line.path("rate").asInt()).isEqualTo(100);
		// Paced: the 30th request goes out 0.29 s after the first, and is decided after that.
		assertThat(line.path("seconds").asDouble()).isGreaterThan(0.29);
		assertThat(line.path("throughputPerSec").asDouble()).isPositive();
		assertThat(line.path("latencyMsP50").asDouble()).isPositive();
		assertThat(line.path("latencyMsP99").asDouble()).isGreaterThanOrEqualTo(line.path("latencyMsP50").asDouble());
		assertThat(line.path("rawKafkaSeconds").asDouble()).isPositive();
		assertThat(line.path("rawKafkaPerSec").asDouble()).isPositive();
		assertThat(line.path("ratio").asDouble()).isPositive();
		// A learning-request envelope with its topic, contact and window is well over half a kilobyte.
		assertThat(line.path("recordBytes").asInt()).isGreaterThan(500);

		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
		try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(left.filter(p -> p.getFileName().toString().startsWith("lantern-pipeline-"))).isEmpty();
		}
	}

	@Test
	void shouldRefuseARunWithoutRequestsOrWithANonPositiveRate() {
		assertThat(run("pipeline")).isEqualTo(2);
		assertThat(run("pipeline", "--requests", "10", "--rate", "0")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--requests N is required", "--rate R must be at least 1");
	}

	@Test
	void shouldTakeTheNearestRankPercentile() {
		double[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		assertThat(PipelineCommand.percentile(sorted, 0.50)).isEqualTo(5);
		assertThat(PipelineCommand.percentile(sorted, 0.99)).isEqualTo(10);
		assertThat(PipelineCommand.percentile(new double[] { 42 }, 0.99)).isEqualTo(42);
	}
}
