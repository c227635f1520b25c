package org.lantern.bench.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineRequest;

/** Ranks many requests on a fixed number of threads, keeping the requests' order. */
final class RankAll {

	private RankAll() {
	}

	static List<Ranking> rank(Matcher matcher, List<EngineRequest> requests, int topK, int threads) {
		if (threads <= 1 || requests.size() < 2) {
			return requests.stream().map(r -> matcher.rank(r, topK)).toList();
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			int chunk = Math.max(1, requests.size() / (threads * 8));
			List<Future<List<Ranking>>> parts = new ArrayList<>();
			for (int from = 0; from < requests.size(); from += chunk) {
				List<EngineRequest> slice = requests.subList(from, Math.min(requests.size(), from + chunk));
				parts.add(pool.submit(() -> slice.stream().map(r -> matcher.rank(r, topK)).toList()));
			}
			List<Ranking> out = new ArrayList<>(requests.size());
			for (Future<List<Ranking>> part : parts) {
				out.addAll(part.get());
			}
			return out;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while ranking", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}
}
