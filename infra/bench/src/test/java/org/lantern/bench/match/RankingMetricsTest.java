package org.lantern.bench.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

	private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 1);

	@Test
	void shouldScoreTheIdealOrderOne() {
		assertThat(RankingMetrics.ndcg(List.of("a", "b"), GRADES, 5)).isEqualTo(1.0);
		assertThat(RankingMetrics.reciprocalRank(List.of("a", "b"), GRADES)).isEqualTo(1.0);
		assertThat(RankingMetrics.recall(List.of("a", "x", "b"), GRADES, 5)).isEqualTo(1.0);
	}

	@Test
	void shouldScoreTheBestAnswerInSecondPlaceLower() {
		// DCG (1/1 + 7/log2 3) over IDCG (7/1 + 1/log2 3).
		double expected = (1 + 7 / (Math.log(3) / Math.log(2))) / (7 + 1 / (Math.log(3) / Math.log(2)));
		assertThat(RankingMetrics.ndcg(List.of("b", "a"), GRADES, 5)).isCloseTo(expected, within(1e-9));
		assertThat(RankingMetrics.reciprocalRank(List.of("x", "b"), GRADES)).isEqualTo(0.5);
		assertThat(RankingMetrics.recall(List.of("a"), GRADES, 5)).isEqualTo(0.5);
	}

	@Test
	void shouldRewardAnEmptyAnswerOnlyWhenNothingIsRelevant() {
		assertThat(RankingMetrics.ndcg(List.of(), Map.of(), 5)).isEqualTo(1.0);
		assertThat(RankingMetrics.ndcg(List.of("x"), Map.of(), 5)).isEqualTo(0.0);
		assertThat(RankingMetrics.ndcg(List.of(), GRADES, 5)).isEqualTo(0.0);
	}
}
