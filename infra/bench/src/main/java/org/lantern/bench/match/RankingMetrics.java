package org.lantern.bench.match;

import java.util.List;
import java.util.Map;

/** Graded-relevance metrics of one ranked list against its judgments (grade 3 best … 1 partial). */
final class RankingMetrics {

	private RankingMetrics() {
	}

	/** NDCG@k with gain 2^grade − 1; 1 for an empty list when nothing is relevant, 0 for any list otherwise. */
	static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
		if (grades.isEmpty()) {
			return ranked.isEmpty() ? 1 : 0;
		}
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranked.size()); i++) {
			dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += gain(ideal.get(i)) / log2(i + 2);
		}
		return dcg / idcg;
	}

	/** Reciprocal rank of the first judged-relevant innovation; 1 for an empty list when nothing is relevant. */
	static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
		if (grades.isEmpty()) {
			return ranked.isEmpty() ? 1 : 0;
		}
		for (int i = 0; i < ranked.size(); i++) {
			if (grades.containsKey(ranked.get(i))) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	/** Share of the judged-relevant innovations found in the first k; 1 for an empty list when nothing is relevant. */
	static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
		if (grades.isEmpty()) {
			return ranked.isEmpty() ? 1 : 0;
		}
		long found = ranked.stream().limit(k).filter(grades::containsKey).count();
		return (double) found / grades.size();
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
