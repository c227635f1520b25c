package org.lantern.engine.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.text.InnovationIndex;
import org.lantern.engine.text.QueryText;
import org.lantern.engine.text.TextPipeline;

/**
 * The answered needs of a catalogue, searchable like innovations: a request is compared with each remembered need on
 * its own, so the side-issues of many needs never add up to a false match, as they did when the needs were appended
 * to the innovation's text (6 of 15 needs nobody answers then got an answer).
 */
final class AnsweredNeedIndex {

	/**
	 * The need a request is most like for one innovation, and how much that counts: likeness (text relevance) × its
	 * grade / 3.
	 */
	record Like(AnsweredNeeds.Need need, double relevance) {
	}

	/** An innovation (by catalogue position) that answered an indexed need, and how well. */
	private record Answer(int ordinal, AnsweredNeeds.Need need) {
	}

	/** One document per distinct need text: a request judged for several innovations must not look commoner. */
	private final InnovationIndex index;

	private final String[] normalisedText;

	private final List<List<Answer>> answers;

	private AnsweredNeedIndex(InnovationIndex index, String[] normalisedText, List<List<Answer>> answers) {
		this.index = index;
		this.normalisedText = normalisedText;
		this.answers = answers;
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
		Map<String, List<Answer>> byText = new LinkedHashMap<>();
		for (AnsweredNeeds.Need need : answered.all()) {
			// By id, and by title too: an adopter's copy of the innovation (its own id, the same title) answers the
			// same needs, or its host would look a far second to the original's.
			Set<Integer> ordinals = new TreeSet<>(byId.getOrDefault(need.innovationId(), List.of()));
			ordinals.addAll(byTitle.getOrDefault(AnsweredNeeds.normalised(need.innovationTitle()), List.of()));
			if (!ordinals.isEmpty()) {
				List<Answer> list = byText.computeIfAbsent(AnsweredNeeds.normalised(need.text()), k -> new ArrayList<>());
				ordinals.forEach(o -> list.add(new Answer(o, need)));
			}
		}
		if (byText.isEmpty()) {
			return null;
		}
		InnovationIndex index = InnovationIndex.build(pipeline, byText.values().stream()
			.map(answers -> new InnovationIndex.Text("", List.of(), answers.get(0).need().text(), ""))
			.toList(), boosts);
		return new AnsweredNeedIndex(index, byText.keySet().toArray(String[]::new),
				byText.values().stream().map(List::copyOf).toList());
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
			for (Answer answer : answers.get(hit.ordinal())) {
				// An innovation judged "clearly useful" (2) for the need counts two thirds of one judged "exactly it"
				// (3): otherwise all the innovations judged for a need tie, and the planner may pick the lesser one.
				Like like = new Like(answer.need(), r * answer.need().grade() / 3.0);
				out.merge(answer.ordinal(), like, (x, y) -> x.relevance() >= y.relevance() ? x : y);
			}
		}
		return out;
	}
}
