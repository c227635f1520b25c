package org.lantern.engine.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.text.InnovationIndex;
import org.lantern.engine.text.QueryText;
import org.lantern.engine.text.TextPipeline;

/**
 * The answered needs of a catalogue, searchable like innovations: a request is compared with each remembered need on
 * its own, so the side-issues of many needs never add up to a false match, as they did when the needs were appended
 * to the innovation's text (3 of 11 needs nobody answers then got an answer).
 */
final class AnsweredNeedIndex {

	/** The need a request is most like for one innovation, and how like it (text relevance, 0..1). */
	record Like(AnsweredNeeds.Need need, double relevance) {
	}

	private final InnovationIndex index;

	private final List<AnsweredNeeds.Need> needs;

	/** Catalogue positions of the innovations answering each indexed need (copies share a need). */
	private final int[][] answeredBy;

	private final String[] normalisedText;

	private AnsweredNeedIndex(InnovationIndex index, List<AnsweredNeeds.Need> needs, int[][] answeredBy) {
		this.index = index;
		this.needs = needs;
		this.answeredBy = answeredBy;
		this.normalisedText = needs.stream().map(n -> AnsweredNeeds.normalised(n.text())).toArray(String[]::new);
	}

	/** Null when no innovation of the catalogue has an answered need: nothing to search. */
	static AnsweredNeedIndex build(AnsweredNeeds answered, List<EngineInnovation> innovations, TextPipeline pipeline,
			InnovationIndex.Boosts boosts) {
		Map<String, List<Integer>> byId = new HashMap<>();
		Map<String, List<Integer>> byTitle = new HashMap<>();
		for (int i = 0; i < innovations.size(); i++) {
			byId.computeIfAbsent(innovations.get(i).id(), k -> new ArrayList<>()).add(i);
			byTitle.computeIfAbsent(AnsweredNeeds.normalised(innovations.get(i).title()), k -> new ArrayList<>()).add(i);
		}
		List<AnsweredNeeds.Need> needs = new ArrayList<>();
		List<int[]> owners = new ArrayList<>();
		for (AnsweredNeeds.Need need : answered.all()) {
			List<Integer> ordinals = byId.get(need.innovationId());
			if (ordinals == null) {
				ordinals = byTitle.get(AnsweredNeeds.normalised(need.innovationTitle()));
			}
			if (ordinals != null) {
				needs.add(need);
				owners.add(ordinals.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		if (needs.isEmpty()) {
			return null;
		}
		InnovationIndex index = InnovationIndex.build(pipeline,
				needs.stream().map(n -> new InnovationIndex.Text("", List.of(), n.text(), "")).toList(), boosts);
		return new AnsweredNeedIndex(index, List.copyOf(needs), owners.toArray(int[][]::new));
	}

	/**
	 * For each innovation (by catalogue position) whose answered need the request reads like, at least
	 * {@code answeredNeedMin}, the most alike. A need whose text is the request's own is skipped: a request is never
	 * its own evidence.
	 */
	Map<Integer, Like> like(QueryText query, String topic, TextPipeline pipeline, MatchWeights weights,
			InnovationIndex.Boosts boosts) {
		String own = AnsweredNeeds.normalised(topic);
		TextRelevance relevance = TextRelevance.of(query, index, pipeline.vocabulary(), weights, boosts);
		Map<Integer, Like> out = new HashMap<>();
		for (InnovationIndex.Hit hit : index.search(query, boosts, index.size())) {
			if (normalisedText[hit.ordinal()].equals(own)) {
				continue;
			}
			double r = relevance.of(hit);
			if (r < weights.answeredNeedMin()) {
				continue;
			}
			Like like = new Like(needs.get(hit.ordinal()), r);
			for (int ordinal : answeredBy[hit.ordinal()]) {
				out.merge(ordinal, like, (a, b) -> a.relevance() >= b.relevance() ? a : b);
			}
		}
		return out;
	}
}
