package org.lantern.engine.match;

import java.util.List;
import java.util.Map;

/**
 * One proposed innovation for a request.
 *
 * @param score 0..1, what the ranking is ordered by
 * @param lessonsOnly true for a failed innovation offered for its lessons rather than to copy
 * @param reasons the factors behind the score, in a fixed order (relevance, textMatch, coverage, serviceAreaFit,
 *     evidence, transferability, similarity, distanceKm, nearness, capacity)
 * @param explanation sentences a council officer reads
 */
public record MatchResult(String innovationId, double score, boolean lessonsOnly, Map<String, Object> reasons,
		List<String> explanation) {
}
