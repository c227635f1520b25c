package org.lantern.bench.match;

import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.bench.Options;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.bench.dataset.Judgments;
import org.lantern.engine.match.AnsweredNeeds;
import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.match.Ranking;

/**
 * {@code match-eval --dataset FILE}: runs match exactly as {@code match} does, then scores the rankings against the
 * judgments. Requests with judgments give NDCG@5, MRR and recall@5; requests with none should be answered with an
 * empty list, and are counted apart.
 *
 * <p>
 * The matcher remembers judged requests ({@link AnsweredNeeds}); those of the dataset being scored, and of any set
 * named with {@code --hold-out}, are held out, so the figures are those of requests it has never seen.
 */
public final class MatchEvalCommand {

	public static final Set<String> OPTIONS = Set.of("dataset", "top", "verbose", "threads", "hold-out");

	private MatchEvalCommand() {
	}

	public static void run(Options options, PrintStream out) {
		File file = options.file("dataset");
		int top = options.integer("top", 10);
		Dataset dataset = DatasetReader.read(file);
		Map<String, Map<String, Integer>> judgments = Judgments.read(file);
		AnsweredNeeds remembered = HeldOutNeeds.remembered(options.optional("hold-out"), judgments.keySet());
		Matcher matcher = HeldOutNeeds.matcher(dataset, remembered);
		out.println(HeldOutNeeds.describe(remembered) + ": this dataset's own requests are never remembered");
		List<Ranking> rankings = RankAll.rank(matcher, dataset.requests(), top,
				options.integer("threads", RankAll.defaultThreads()));
		Summary summary = evaluate(rankings, judgments, options.flag("verbose") ? out : null);
		out.printf("requests judged relevant: %d   NDCG@5 %.4f   MRR %.4f   recall@5 %.4f%n", summary.judged(),
				summary.ndcg(), summary.mrr(), summary.recall());
		out.printf("requests with nothing relevant: %d, answered empty: %d%n", summary.noRelevant(),
				summary.noRelevantEmpty());
		out.printf("all %d requests (empty answer to a no-relevant request scores 1): NDCG@5 %.4f   MRR %.4f   recall@5 %.4f%n",
				summary.all(), summary.ndcgAll(), summary.mrrAll(), summary.recallAll());
	}

	record Summary(int judged, double ndcg, double mrr, double recall, int noRelevant, int noRelevantEmpty, int all,
			double ndcgAll, double mrrAll, double recallAll) {
	}

	static Summary evaluate(List<Ranking> rankings, Map<String, Map<String, Integer>> judgments, PrintStream verbose) {
		int judged = 0, noRelevant = 0, noRelevantEmpty = 0;
		double ndcg = 0, mrr = 0, recall = 0, ndcgAll = 0, mrrAll = 0, recallAll = 0;
		for (Ranking ranking : rankings) {
			Map<String, Integer> grades = judgments.getOrDefault(ranking.requestId(), Map.of());
			List<String> ids = ranking.matches().stream().map(MatchResult::innovationId).toList();
			double n = RankingMetrics.ndcg(ids, grades, 5), rr = RankingMetrics.reciprocalRank(ids, grades),
					rc = RankingMetrics.recall(ids, grades, 5);
			ndcgAll += n;
			mrrAll += rr;
			recallAll += rc;
			if (grades.isEmpty()) {
				noRelevant++;
				noRelevantEmpty += ids.isEmpty() ? 1 : 0;
			}
			else {
				judged++;
				ndcg += n;
				mrr += rr;
				recall += rc;
			}
			if (verbose != null) {
				verbose.printf("%-14s ndcg %.3f rr %.3f recall %.3f %s%n", ranking.requestId(), n, rr, rc,
						ids.isEmpty() ? "(empty: " + ranking.unmatchedReason() + ")"
								: ranking.matches().stream().limit(5).map(m -> m.innovationId().replaceFirst("^inn-", "")
									+ (grades.containsKey(m.innovationId()) ? "[" + grades.get(m.innovationId()) + "]" : "")
									+ " " + m.reasons().get("relevance")).toList());
			}
		}
		int all = rankings.size();
		return new Summary(judged, judged == 0 ? 0 : ndcg / judged, judged == 0 ? 0 : mrr / judged,
				judged == 0 ? 0 : recall / judged, noRelevant, noRelevantEmpty, all, all == 0 ? 0 : ndcgAll / all,
				all == 0 ? 0 : mrrAll / all, all == 0 ? 0 : recallAll / all);
	}
}
