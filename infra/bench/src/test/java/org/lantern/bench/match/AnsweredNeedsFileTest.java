package org.lantern.bench.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lantern.engine.match.AnsweredNeeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's answered needs are the judged requests of the bench's request sets and nothing else: every request
 * and innovation judged 2 or 3, with the officer's text as written, under the catalogue's title for the innovation.
 * The newest sets, blind-23 to blind-26, are kept out so that the next change can still be measured on needs the
 * matcher has never seen.
 */
class AnsweredNeedsFileTest {

	private static final Path SETS = Path.of("src/test/resources");

	private static final Path DEV = Path.of("src/main/resources/lantern-bench/lantern-dev.json");

	@Test
	void shouldHoldExactlyTheJudgedRequestsOfTheRequestSets() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> titles = new java.util.HashMap<>();
		json.readTree(DEV.toFile()).path("innovations").forEach(i -> titles.put(i.path("id").asString(),
				i.path("title").asString()));
		List<String> expected = new ArrayList<>();
		Stream.concat(Stream.of(DEV), Stream.of("extra-requests", "holdout-2", "holdout-3", "blind-4", "blind-5",
				"blind-6", "blind-7", "blind-8", "blind-9", "blind-10", "blind-11", "blind-12", "blind-13",
				"blind-14", "blind-15", "blind-16", "blind-17", "blind-18", "blind-19", "blind-20", "blind-21", "blind-22")
				.map(name -> SETS.resolve(name + ".json")))
			.map(Path::toFile)
			.forEach(file -> {
				for (JsonNode request : json.readTree(file).path("requests")) {
					request.path("judgments").properties().forEach(j -> {
						if (j.getValue().asInt() >= 2) {
							expected.add(String.join("\t", j.getKey(), titles.get(j.getKey()),
									String.valueOf(j.getValue().asInt()), request.path("id").asString(),
									String.join(" ", request.path("topic").asString().strip().split("\\s+"))));
						}
					});
				}
			});

		List<String> shipped = AnsweredNeeds.standard().all().stream()
			.map(n -> String.join("\t", n.innovationId(), n.innovationTitle(), String.valueOf(n.grade()), n.requestId(),
					n.text()))
			.toList();

		assertThat(shipped).containsExactlyInAnyOrderElementsOf(expected);
	}
}
