package org.lantern.bench.match;

import java.util.ArrayList;
import java.util.List;

import org.lantern.engine.match.Matcher;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.plan.PlanProgress;
import org.lantern.engine.plan.Planner;

/** Ranks many requests on a fixed number of threads, keeping the requests' order: the planner's own ranking. */
final class RankAll {

	private RankAll() {
	}

	static List<Ranking> rank(Matcher matcher, List<EngineRequest> requests, int topK, int threads) {
		return new ArrayList<>(Planner.rank(matcher, requests, topK, Math.max(1, threads), PlanProgress.NONE).values());
	}

	static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}
}
