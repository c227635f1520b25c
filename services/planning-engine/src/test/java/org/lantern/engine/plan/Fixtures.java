package org.lantern.engine.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Councils;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

/** Small hand-made problems on real councils, with the matcher's answer given rather than computed. */
final class Fixtures {

	static final String SUTTON = "E09000029";

	static final String KINGSTON = "E09000021";

	static final String CROYDON = "E09000008";

	static final String MERTON = "E09000024";

	static final String MANCHESTER = "E08000003";

	static final String LEEDS = "E08000035";

	final List<EngineInnovation> innovations = new ArrayList<>();

	final List<EngineRequest> requests = new ArrayList<>();

	final Map<String, Ranking> rankings = new LinkedHashMap<>();

	final List<ThemeRequest> themes = new ArrayList<>();

	static HostingOffer offer(int perQuarter, int visitors, List<LocalDate> blackout, Format... formats) {
		return new HostingOffer(Arrays.asList(formats), perQuarter, visitors, blackout, BigDecimal.ZERO);
	}

	static HostingOffer offer(int perQuarter, int visitors, Format... formats) {
		return offer(perQuarter, visitors, List.of(), formats);
	}

	Fixtures innovation(String id, String host, HostingOffer offer) {
		innovations.add(new EngineInnovation(id, host, List.of(), id, "", List.of(ServiceArea.HOUSING), null, null,
				List.of(), null, offer));
		return this;
	}

	/** An innovation with words the matcher can read, for themes (requests here carry their matches ready-made). */
	Fixtures innovation(String id, String host, String title, HostingOffer offer) {
		innovations.add(new EngineInnovation(id, host, List.of(), title, title, List.of(ServiceArea.HOUSING), null, null,
				List.of(), null, offer));
		return this;
	}

	Fixtures theme(String id, String region, String theme, String from, String to) {
		themes.add(new ThemeRequest(id, region, theme, List.of(ServiceArea.HOUSING), LocalDate.parse(from),
				LocalDate.parse(to), "London Councils"));
		return this;
	}

	/** A request the matcher answered with these innovations, best first. */
	Fixtures request(String id, String seeker, String from, String to, int maxKm, int people, List<Format> formats,
			String... innovationIds) {
		requests.add(new EngineRequest(id, seeker, "need " + id, List.of(ServiceArea.HOUSING), formats,
				new DateWindow(LocalDate.parse(from), LocalDate.parse(to)), maxKm, people));
		List<MatchResult> matches = new ArrayList<>();
		double score = 0.8;
		for (String innovation : innovationIds) {
			matches.add(new MatchResult(innovation, score, false, Map.of("relevance", score), List.of()));
			score -= 0.01;
		}
		rankings.put(id, new Ranking(id, matches, matches.isEmpty() ? Ranking.NO_RELEVANT_INNOVATION : null, ""));
		return this;
	}

	/** The matcher answers this request with one proposal, with these reasons (relevance, service-area fit...). */
	Fixtures proposed(String requestId, String innovationId, double score, Map<String, Object> reasons) {
		rankings.put(requestId, new Ranking(requestId,
				List.of(new MatchResult(innovationId, score, false, reasons, List.of())), null, ""));
		return this;
	}

	/** The matcher answers this request with these proposals, best first. */
	Fixtures proposed(String requestId, MatchResult... proposals) {
		rankings.put(requestId, new Ranking(requestId, List.of(proposals), null, ""));
		return this;
	}

	static MatchResult proposal(String innovationId, double score, double relevance) {
		return new MatchResult(innovationId, score, false, Map.of("relevance", relevance), List.of());
	}

	PlanningProblem problem() {
		return new PlanningProblem(Councils.reference(), innovations, requests, themes);
	}

	Plan plan() {
		return plan(PlannerOptions.defaults());
	}

	Plan plan(PlannerOptions options) {
		return new Planner(options).plan(problem(), rankings, PlanProgress.NONE);
	}

	List<Violation> check(Plan plan) {
		return new PlanChecker(problem()).check(plan);
	}
}
