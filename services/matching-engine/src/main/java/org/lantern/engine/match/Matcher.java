package org.lantern.engine.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.lantern.engine.model.EngineEvaluation;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.text.InnovationIndex;
import org.lantern.engine.text.QueryText;
import org.lantern.engine.text.TextPipeline;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.ServiceArea;

/**
 * Ranks a catalogue of innovations for learning requests. Built once per catalogue version (the Lucene index is
 * built here), then immutable: {@link #rank} may be called from many threads at once.
 *
 * <p>
 * An innovation is proposed only when it is relevant enough to the need ({@link MatchWeights#minRelevance}), its
 * host can be reached in a format, distance and window the seeker accepts, and, for a failed innovation, its owner
 * lets this seeker see the lessons. Relevant matches are then ordered by relevance adjusted by evidence,
 * transferability, council likeness, nearness and the host's remaining capacity.
 */
public final class Matcher {

	private static final int MIN_CANDIDATES = 40;

	private final Councils councils;

	private final List<EngineInnovation> innovations;

	private final List<Council> hosts;

	/** Region to the councils that host an innovation offering network meetings: where one could be held. */
	private final Map<String, List<Council>> networkVenues;

	private final MatchWeights weights;

	private final ToDoubleFunction<String> hostCapacity;

	private final TextPipeline pipeline;

	private final InnovationIndex index;

	private final InnovationIndex.Boosts boosts;

	private final ServiceAreaTaxonomy taxonomy;

	private final List<List<List<String>>> keywordTokens;

	/** Null when no innovation of the catalogue has an answered need. */
	private final AnsweredNeedIndex answeredNeeds;

	public Matcher(Councils councils, Collection<EngineInnovation> innovations, MatchWeights weights) {
		this(councils, innovations, weights, code -> 1.0);
	}

	/**
	 * @param hostCapacity council code to the fraction (0..1) of its hosting capacity still free; asked on every
	 *     ranking, so it may follow a live ledger
	 * @throws org.lantern.shared.reference.UnknownCouncilException when an innovation's host is in no council list
	 */
	public Matcher(Councils councils, Collection<EngineInnovation> innovations, MatchWeights weights,
			ToDoubleFunction<String> hostCapacity) {
		this(councils, innovations, weights, hostCapacity, AnsweredNeeds.standard());
	}

	/** @param answeredNeeds the needs the matcher remembers (the shipped ones, or fewer to measure it honestly) */
	public Matcher(Councils councils, Collection<EngineInnovation> innovations, MatchWeights weights,
			ToDoubleFunction<String> hostCapacity, AnsweredNeeds answeredNeeds) {
		this(councils, innovations, weights, hostCapacity, TextPipeline.standard(), answeredNeeds);
	}

	Matcher(Councils councils, Collection<EngineInnovation> innovations, MatchWeights weights,
			ToDoubleFunction<String> hostCapacity, TextPipeline pipeline, AnsweredNeeds answeredNeeds) {
		this.councils = Objects.requireNonNull(councils, "councils");
		this.innovations = List.copyOf(innovations);
		this.weights = Objects.requireNonNull(weights, "weights");
		this.hostCapacity = Objects.requireNonNull(hostCapacity, "hostCapacity");
		this.pipeline = pipeline;
		this.hosts = this.innovations.stream().map(i -> councils.get(i.hostCouncil())).toList();
		Map<String, List<Council>> venues = new HashMap<>();
		for (int i = 0; i < this.innovations.size(); i++) {
			List<Format> formats = this.innovations.get(i).effectiveOffer().formats();
			Council host = hosts.get(i);
			if (formats != null && formats.contains(Format.NETWORK_MEETING) && host.region() != null) {
				List<Council> inRegion = venues.computeIfAbsent(host.region(), r -> new ArrayList<>());
				if (!inRegion.contains(host)) {
					inRegion.add(host);
				}
			}
		}
		this.networkVenues = Map.copyOf(venues);
		this.boosts = new InnovationIndex.Boosts(weights.titleBoost(), weights.keywordsBoost(), weights.summaryBoost(),
				weights.evaluationBoost(), weights.conceptBoost(), weights.relatedConceptCredit());
		this.index = InnovationIndex.build(pipeline, this.innovations.stream().map(Matcher::textOf).toList(), boosts);
		this.taxonomy = ServiceAreaTaxonomy.standard();
		this.keywordTokens = this.innovations.stream()
			.map(i -> i.keywords().stream().map(k -> pipeline.analysis().tokens(k)).toList())
			.toList();
		this.answeredNeeds = AnsweredNeedIndex.build(answeredNeeds, this.innovations, pipeline, boosts);
	}

	private static InnovationIndex.Text textOf(EngineInnovation innovation) {
		EngineEvaluation evaluation = innovation.evaluation();
		String evaluationText = evaluation == null ? "" : (evaluation.metrics() + " . " + evaluation.lessonsLearned());
		return new InnovationIndex.Text(innovation.title(), innovation.keywords(), innovation.summary(), evaluationText);
	}

	public int catalogueSize() {
		return innovations.size();
	}

	/**
	 * The best innovations for the request, at most {@code topK}, or none with the reason.
	 * @throws org.lantern.shared.reference.UnknownCouncilException when the seeker is in no council list
	 */
	public Ranking rank(EngineRequest request, int topK) {
		Council seeker = councils.get(request.seekerCouncil());
		QueryText query = pipeline.query(request.topic());
		if (query.isEmpty() || topK <= 0 || innovations.isEmpty()) {
			return new Ranking(request.id(), List.of(), Ranking.NO_RELEVANT_INNOVATION,
					"The request does not describe a need the catalogue can be searched for.");
		}
		List<Scored> relevant = relevant(query, request.topic(), request.serviceAreas(),
				Math.max(MIN_CANDIDATES, topK * 10), innovation -> !isOwnOrPartner(innovation, seeker), seeker);
		if (relevant.isEmpty()) {
			return new Ranking(request.id(), List.of(), Ranking.NO_RELEVANT_INNOVATION,
					"Nothing in the catalogue addresses this need well enough to be worth a visit.");
		}
		double bestRelevance = relevant.stream().mapToDouble(Scored::relevance).max().orElse(0);
		List<Proposal> reachable = new ArrayList<>();
		Map<String, Optional<Reach.Venue>> nearestVenue = new HashMap<>();
		List<Scored> order = new ArrayList<>(relevant);
		order.sort(Comparator.comparingDouble(Scored::relevance).reversed());
		for (Scored s : order) {
			if (s.relevance() < weights.relativeCutoff() * bestRelevance) {
				continue;
			}
			double km = seeker.distanceKmTo(s.host());
			Reach.Venue venue = null;
			if (request.formats().contains(Format.NETWORK_MEETING) && s.host().region() != null) {
				venue = nearestVenue.computeIfAbsent(s.host().region(), region -> nearestNetworkVenue(seeker, region))
					.orElse(null);
			}
			Reach.Meeting meeting = Reach.bestMeeting(request, s.innovation().effectiveOffer(), km, venue,
					weights.otherInPersonFormatFactor() > 0);
			double capacity = clamp(hostCapacity.applyAsDouble(s.host().code()));
			if (meeting == null || capacity <= 0) {
				continue;
			}
			reachable.add(score(query, s, seeker, km, meeting, capacity));
		}
		if (reachable.isEmpty()) {
			return new Ranking(request.id(), List.of(), Ranking.NO_REACHABLE_HOST,
					"Relevant innovations exist, but none of their hosts can be met in your formats, travel limit and"
							+ " dates, or they have no capacity left.");
		}
		reachable.sort(Comparator.comparingDouble(Proposal::score).reversed()
			.thenComparing(p -> p.scored().innovation().id()));
		// Reasons and sentences only for what is shown: they cost more than the scoring itself.
		List<MatchResult> top = reachable.subList(0, Math.min(topK, reachable.size()))
			.stream()
			.map(p -> result(query, seeker, p, bestRelevance))
			.toList();
		return new Ranking(request.id(), top, null, top.size() + " of " + reachable.size()
				+ " reachable innovations proposed, best first.");
	}

	private Optional<Reach.Venue> nearestNetworkVenue(Council seeker, String region) {
		return networkVenues.getOrDefault(region, List.of())
			.stream()
			.map(c -> new Reach.Venue(c, seeker.distanceKmTo(c)))
			.min(Comparator.comparingDouble(Reach.Venue::km));
	}

	/**
	 * Innovations on a theme a regional body wants a network meeting about, best first, at most {@code limit}. A theme
	 * has no seeker, place or dates, so only relevance counts (the score is the relevance), and innovations that failed
	 * are left out: a presenter at a regional meeting shows something to copy.
	 *
	 * @param among which innovations may present (for instance those hosted in the region)
	 */
	public List<MatchResult> onTheme(String theme, List<ServiceArea> serviceAreas, Predicate<EngineInnovation> among,
			int limit) {
		QueryText query = pipeline.query(theme == null ? "" : theme);
		if (query.isEmpty() || limit <= 0 || innovations.isEmpty()) {
			return List.of();
		}
		List<Scored> relevant = relevant(query, theme, serviceAreas == null ? List.of() : serviceAreas,
				innovations.size(), among, null);
		double best = relevant.stream().mapToDouble(Scored::relevance).max().orElse(0);
		return relevant.stream()
			.filter(s -> !s.lessonsOnly() && s.relevance() >= weights.relativeCutoff() * best)
			.sorted(Comparator.comparingDouble(Scored::relevance).reversed().thenComparing(s -> s.innovation().id()))
			.limit(limit)
			.map(s -> {
				Map<String, Object> reasons = fitReasons(s);
				List<String> labels = matchedLabels(query, s.ordinal(), s.innovation());
				List<String> explanation = new ArrayList<>();
				explanation.add(s.host().name() + ": " + s.innovation().title());
				if (!labels.isEmpty()) {
					explanation.add("Presents on " + String.join(", ", labels));
				}
				if (s.answered() != null) {
					explanation.add(Explanations.answeredNeed(s.answered().need()));
				}
				return new MatchResult(s.innovation().id(), round(s.relevance()), false, reasons, explanation);
			})
			.toList();
	}

	/**
	 * Innovations whose text and service areas fit the query well enough, in search order, then those found only
	 * through a need they answered. The text part of relevance is the innovation's own, or, when higher, how much the
	 * request reads like a need the innovation answered.
	 */
	private List<Scored> relevant(QueryText query, String topic, List<ServiceArea> serviceAreas, int hitCount,
			Predicate<EngineInnovation> among, Council seeker) {
		TextRelevance textRelevance = TextRelevance.of(query, index, pipeline.vocabulary(), weights, boosts);
		List<InnovationIndex.Hit> hits = new ArrayList<>(index.search(query, boosts, hitCount));
		Map<Integer, AnsweredNeedIndex.Like> likes = answeredNeeds == null ? Map.of()
				: answeredNeeds.like(query, topic, pipeline, weights, boosts);
		if (!likes.isEmpty()) {
			Set<Integer> searched = new HashSet<>();
			hits.forEach(h -> searched.add(h.ordinal()));
			likes.keySet().stream().filter(o -> !searched.contains(o)).sorted()
				.forEach(o -> hits.add(new InnovationIndex.Hit(o, 0)));
		}
		List<Scored> relevant = new ArrayList<>();
		for (InnovationIndex.Hit hit : hits) {
			EngineInnovation innovation = innovations.get(hit.ordinal());
			Council host = hosts.get(hit.ordinal());
			if (!among.test(innovation)) {
				continue;
			}
			boolean lessonsOnly = innovation.evaluation() != null && innovation.evaluation().outcome() == Outcome.FAILED;
			if (lessonsOnly && seeker != null && !CouncilFit.lessonsVisibleTo(innovation.evaluation(), host, seeker)) {
				continue;
			}
			double covered = textRelevance.coverage(hit);
			double textMatch = textRelevance.textMatch(hit);
			AnsweredNeedIndex.Like like = likes.get(hit.ordinal());
			double text = Math.max(textRelevance.blend(covered, textMatch), like == null ? 0 : like.relevance());
			double areaFit = taxonomy.fit(serviceAreas, innovation.serviceAreas());
			double relevance = text * ((1 - weights.serviceAreaShare()) + weights.serviceAreaShare() * areaFit);
			if (relevance >= weights.minRelevance()) {
				relevant.add(new Scored(hit.ordinal(), innovation, host, lessonsOnly, relevance, textMatch, covered, areaFit,
						like));
			}
		}
		return relevant;
	}

	private Proposal score(QueryText query, Scored s, Council seeker, double km, Reach.Meeting meeting,
			double capacity) {
		Format format = meeting.format();
		EngineEvaluation evaluation = s.innovation().evaluation();
		double evidence = CouncilFit.evidence(evaluation, s.innovation().stage());
		double transferability = CouncilFit.transferability(evaluation, s.host(), seeker);
		double similarity = CouncilFit.similarity(s.host(), seeker);
		// At a network meeting away from the host, the seeker travels to the venue, not to the host.
		double travelKm = meeting.elsewhere() == null ? km : meeting.elsewhere().km();
		double nearness = weights.distanceScaleKm() / (weights.distanceScaleKm() + travelKm);
		if (format == Format.VIRTUAL) {
			// Nobody travels to a virtual session, but a far host is a weaker tie for later visits.
			nearness = Math.max(0.5, nearness);
		}
		double contextWeight = weights.evidence() + weights.transferability() + weights.similarity() + weights.distance()
				+ weights.capacity();
		double context = (weights.evidence() * evidence + weights.transferability() * transferability
				+ weights.similarity() * similarity + weights.distance() * nearness + weights.capacity() * capacity)
				/ contextWeight;
		double score = s.relevance() * ((1 - weights.contextShare()) + weights.contextShare() * context);
		if (s.lessonsOnly()) {
			score *= weights.lessonsOnlyFactor();
		}
		if (!meeting.asked()) {
			score *= weights.otherInPersonFormatFactor();
		}
		return new Proposal(s, round(score), evidence, transferability, similarity, km, nearness, capacity, meeting);
	}

	private MatchResult result(QueryText query, Council seeker, Proposal p, double bestRelevance) {
		Scored s = p.scored();
		Map<String, Object> reasons = fitReasons(s);
		reasons.put("bestRelevance", round(bestRelevance));
		reasons.put("evidence", round(p.evidence()));
		reasons.put("transferability", round(p.transferability()));
		reasons.put("similarity", round(p.similarity()));
		reasons.put("distanceKm", Math.round(p.km() * 10) / 10.0);
		reasons.put("nearness", round(p.nearness()));
		reasons.put("capacity", round(p.capacity()));
		reasons.put("format", p.meeting().format().name());
		if (p.meeting().elsewhere() != null) {
			reasons.put("networkVenue", p.meeting().elsewhere().council().code());
			reasons.put("networkVenueKm", Math.round(p.meeting().elsewhere().km() * 10) / 10.0);
		}
		List<String> explanation = Explanations.of(s.innovation(), s.host(), seeker, p.km(), p.meeting(), p.capacity(),
				s.lessonsOnly(), matchedLabels(query, s.ordinal(), s.innovation()),
				s.answered() == null ? null : s.answered().need());
		return new MatchResult(s.innovation().id(), p.score(), s.lessonsOnly(), reasons, explanation);
	}


	/** How well the innovation fits the need, before place, evidence and the like. */
	private static Map<String, Object> fitReasons(Scored s) {
		Map<String, Object> reasons = new LinkedHashMap<>();
		reasons.put("relevance", round(s.relevance()));
		reasons.put("textMatch", round(s.textMatch()));
		reasons.put("coverage", round(s.coverage()));
		reasons.put("serviceAreaFit", round(s.areaFit()));
		reasons.put("answeredNeed", s.answered() == null ? 0.0 : round(s.answered().relevance()));
		return reasons;
	}

	/** What the request and the innovation have in common, in the innovation's own words where possible. */
	private List<String> matchedLabels(QueryText query, int ordinal, EngineInnovation innovation) {
		Set<String> labels = new LinkedHashSet<>();
		List<List<String>> analysed = keywordTokens.get(ordinal);
		for (int k = 0; k < analysed.size(); k++) {
			if (analysed.get(k).stream().anyMatch(query.contentTerms()::containsKey)) {
				labels.add(innovation.keywords().get(k));
			}
		}
		Set<String> docConcepts = index.conceptsOf(ordinal);
		for (String concept : query.concepts().keySet()) {
			if (docConcepts.contains(concept)) {
				labels.add(pipeline.vocabulary().label(concept));
			}
		}
		return labels.stream().limit(4).toList();
	}

	private boolean isOwnOrPartner(EngineInnovation innovation, Council seeker) {
		return innovation.hostCouncil().equals(seeker.code()) || innovation.partnerCouncils().contains(seeker.code());
	}

	private static double clamp(double v) {
		return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
	}

	private static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}

	private record Proposal(Scored scored, double score, double evidence, double transferability, double similarity,
			double km, double nearness, double capacity, Reach.Meeting meeting) {
	}

	/** @param answered the answered need the request is most like, when that counted; else null */
	private record Scored(int ordinal, EngineInnovation innovation, Council host, boolean lessonsOnly, double relevance,
			double textMatch, double coverage, double areaFit, AnsweredNeedIndex.Like answered) {
	}
}
