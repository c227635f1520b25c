package org.lantern.matching.decision;

import java.util.List;
import java.util.Map;

/** One innovation proposed to a request, with the reasons a council officer reads and the numbers behind them. */
public record Proposal(int rank, String innovationId, String innovationTitle, String hostCouncil,
		String hostCouncilName, double score, boolean lessonsOnly, List<String> reasons,
		Map<String, Double> scoreBreakdown) {
}
