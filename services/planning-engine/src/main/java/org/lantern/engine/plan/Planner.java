package org.lantern.engine.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.MatchWeights;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.reference.Format;

/**
 * Turns matched learning requests into gatherings. Thread-safe and stateless between calls.
 *
 * <p>
 * The work is split by region: a gathering's hosts all belong to one region (its venue's), so each host council's
 * quarterly cap is only ever spent by its own region's planning. A request is first offered to the region of its best
 * match, then, if still unserved, to the region of its next best, and so on; within a round the regions are planned
 * independently and in parallel. Cost therefore grows with the number of regions times the work in one.
 */
public final class Planner {

	/** Innovations considered per theme: enough for several presenters after dates and caps rule some out. */
	private static final int MAX_THEME_CANDIDATES = 12;

	private final PlannerOptions options;

	public Planner() {
		this(PlannerOptions.defaults());
	}

	public Planner(PlannerOptions options) {
		this.options = options;
	}

	public PlannerOptions options() {
		return options;
	}

	/** Matches every request with a matcher built on the problem's catalogue, then plans. */
	public Plan plan(PlanningProblem problem, PlanProgress progress) {
		long start = System.nanoTime();
		return plan(problem, new Matcher(problem.councils(), problem.innovations(), MatchWeights.defaults()), progress,
				start);
	}

	/** Same, with the caller's matcher on the problem's catalogue (one that remembers fewer answered needs, say). */
	public Plan plan(PlanningProblem problem, Matcher matcher, PlanProgress progress) {
		return plan(problem, matcher, progress, System.nanoTime());
	}

	private Plan plan(PlanningProblem problem, Matcher matcher, PlanProgress progress, long start) {
		Map<String, Ranking> rankings = rank(matcher, problem.requests(), options.proposalsRead(), options.threads(),
				progress);
		return plan(problem, rankings, themeMatches(problem, matcher), progress, start);
	}

	public Plan plan(PlanningProblem problem) {
		return plan(problem, PlanProgress.NONE);
	}

	/**
	 * Plans with rankings already made (the matching service has them). Only each ranking's matches are used: the
	 * planner never places a request with an innovation the matcher did not find relevant.
	 */
	public Plan plan(PlanningProblem problem, Map<String, Ranking> rankings, PlanProgress progress) {
		return plan(problem, rankings, themeMatches(problem, null), progress, System.nanoTime());
	}

	private Plan plan(PlanningProblem problem, Map<String, Ranking> rankings, Map<String, List<MatchResult>> themes,
			PlanProgress progress, long start) {
		Prepared p = new Prepared(problem, rankings, themes, options);
		Solver s = new Solver(p);
		switch (options.strategy()) {
			case NAIVE -> Baselines.naive(p, s);
			case FIRST_FIT -> Baselines.firstFit(p, s);
			case LANTERN -> runRounds(p, s, null, progress);
		}
		return output(p, s, start, Set.of());
	}

	/**
	 * Re-plans one region after requests arrived or were withdrawn: {@code problem} holds the requests as they are now.
	 * Gatherings of other regions and confirmed gatherings of this one stay where they are (withdrawn seekers leave
	 * them; a confirmed gathering may take new seekers if it has room); this region's unconfirmed gatherings are
	 * planned again with every request not placed elsewhere.
	 *
	 * @param region a gathering's {@link Gathering#region()}, the venue's (or virtual host's) region
	 * @param confirmedGatheringIds gatherings the hosts have confirmed, besides those already marked so
	 */
	public Plan replanRegion(PlanningProblem problem, Map<String, Ranking> rankings, Plan previous, String region,
			Set<String> confirmedGatheringIds, PlanProgress progress) {
		return replanRegion(problem, rankings, null, previous, region, confirmedGatheringIds, progress);
	}

	/**
	 * Same, matching theme requests with the caller's matcher, built on the same catalogue, rather than building a
	 * text index for them (null: build one if there are themes).
	 */
	public Plan replanRegion(PlanningProblem problem, Map<String, Ranking> rankings, Matcher themeMatcher,
			Plan previous, String region, Set<String> confirmedGatheringIds, PlanProgress progress) {
		long start = System.nanoTime();
		Prepared p = new Prepared(problem, rankings, themeMatches(problem, themeMatcher), options);
		Solver s = new Solver(p);
		Set<String> live = new HashSet<>();
		problem.requests().forEach(r -> live.add(r.id()));
		Map<String, Integer> reqIndex = new HashMap<>();
		for (int r = 0; r < p.req.length; r++) {
			reqIndex.put(p.req[r].id(), r);
		}
		Set<String> keptIds = new HashSet<>();
		for (Gathering g : previous.gatherings()) {
			boolean confirmed = g.confirmed() || confirmedGatheringIds.contains(g.id());
			if (!confirmed && region.equals(g.region())) {
				continue;
			}
			List<Attendee> staying = g.attendees().stream().filter(a -> live.contains(a.requestId())).toList();
			if (!confirmed && staying.isEmpty()) {
				continue;
			}
			s.commit(fixed(p, g.withAttendees(staying).withConfirmed(confirmed), reqIndex));
			keptIds.add(g.id());
		}
		runRounds(p, s, region, progress);
		return output(p, s, start, keptIds);
	}

	/** Same, matching the current requests first. */
	public Plan replanRegion(PlanningProblem problem, Plan previous, String region, Set<String> confirmedGatheringIds,
			PlanProgress progress) {
		Matcher matcher = new Matcher(problem.councils(), problem.innovations(), MatchWeights.defaults());
		Map<String, Ranking> rankings = rank(matcher, problem.requests(), options.proposalsRead(), options.threads(),
				progress);
		return replanRegion(problem, rankings, previous, region, confirmedGatheringIds, progress);
	}

	/**
	 * The innovations that could present at each theme request's meeting: those of the theme's region that offer
	 * network meetings, by relevance to the theme. Only built when there are themes: it costs a text index.
	 */
	private static Map<String, List<MatchResult>> themeMatches(PlanningProblem problem, Matcher matcher) {
		if (problem.themes().isEmpty()) {
			return Map.of();
		}
		Matcher m = matcher != null ? matcher
				: new Matcher(problem.councils(), problem.innovations(), MatchWeights.defaults());
		Map<String, List<MatchResult>> out = new HashMap<>();
		for (ThemeRequest theme : problem.themes()) {
			out.put(theme.id(), m.onTheme(theme.theme(), theme.serviceAreas(),
					i -> theme.region().equals(problem.councils().get(i.hostCouncil()).region())
							&& i.effectiveOffer().formats().contains(Format.NETWORK_MEETING),
					MAX_THEME_CANDIDATES));
		}
		return out;
	}

	/** Ranks all requests on a few threads, keeping no state between calls. */
	public static Map<String, Ranking> rank(Matcher matcher, List<EngineRequest> requests, int topK, int threads,
			PlanProgress progress) {
		Map<String, Ranking> out = new LinkedHashMap<>();
		if (requests.isEmpty()) {
			return out;
		}
		int chunk = Math.max(1, Math.min(500, requests.size() / (threads * 4) + 1));
		List<List<EngineRequest>> slices = new ArrayList<>();
		for (int from = 0; from < requests.size(); from += chunk) {
			slices.add(requests.subList(from, Math.min(requests.size(), from + chunk)));
		}
		AtomicInteger done = new AtomicInteger();
		List<List<Ranking>> results = parallel(slices, threads, slice -> {
			List<Ranking> rs = new ArrayList<>(slice.size());
			for (EngineRequest r : slice) {
				rs.add(matcher.rank(r, topK));
			}
			progress.update("matching", done.addAndGet(slice.size()), requests.size());
			return rs;
		});
		results.forEach(list -> list.forEach(r -> out.put(r.requestId(), r)));
		return out;
	}

	// ---------------------------------------------------------------- rounds by region

	private void runRounds(Prepared p, Solver s, String onlyRegion, PlanProgress progress) {
		List<String> regions = new ArrayList<>();
		Map<String, Integer> regionIndex = new HashMap<>();
		List<List<Integer>> hostsOf = new ArrayList<>();
		for (int h = 0; h < p.hosts(); h++) {
			String region = p.hostRegion[h];
			Integer part = regionIndex.get(region);
			if (part == null) {
				part = regions.size();
				regionIndex.put(region, part);
				regions.add(region);
				hostsOf.add(new ArrayList<>());
			}
			hostsOf.get(part).add(h);
			s.hostPart[h] = part;
		}
		// Each request's regions, best match first.
		List<List<Integer>> regionOrder = new ArrayList<>();
		int rounds = 0;
		for (int r = 0; r < p.req.length; r++) {
			List<Integer> order = regionsOf(s, p.cands[r], regions, onlyRegion);
			regionOrder.add(order);
			rounds = Math.max(rounds, order.size());
		}
		List<List<Integer>> themesOf = new ArrayList<>();
		regions.forEach(x -> themesOf.add(new ArrayList<>()));
		Set<String> answered = new HashSet<>();
		s.gatherings().forEach(g -> answered.add(g.theme));
		for (int t = 0; t < p.theme.length; t++) {
			Integer part = regionIndex.get(p.theme[t].region());
			if (answered.contains(p.theme[t].id()) || (onlyRegion != null && !onlyRegion.equals(p.theme[t].region()))) {
				continue;
			}
			if (part == null) {
				s.themeReason[t] = ThemeOutcome.NO_PRESENTERS;
			}
			else {
				themesOf.get(part).add(t);
			}
		}
		rounds = Math.max(rounds, p.theme.length > 0 ? 1 : 0);
		AtomicInteger done = new AtomicInteger();
		playRounds(s, regions, hostsOf, regionOrder, themesOf, rounds, done, progress);
		// Seekers whose hosts are all full may now try their looser proposals, in those proposals' regions.
		List<List<Integer>> rescueOrder = new ArrayList<>();
		int rescueRounds = 0;
		for (int r = 0; r < p.req.length; r++) {
			List<Integer> order = List.of();
			if (s.assigned[r] == null && p.hopeless[r] == null && p.reserve[r].length > 0) {
				Prepared.Cand[] all = Arrays.copyOf(p.cands[r], p.cands[r].length + p.reserve[r].length);
				System.arraycopy(p.reserve[r], 0, all, p.cands[r].length, p.reserve[r].length);
				p.cands[r] = all;
				order = regionsOf(s, p.reserve[r], regions, onlyRegion);
			}
			rescueOrder.add(order);
			rescueRounds = Math.max(rescueRounds, order.size());
		}
		List<List<Integer>> noThemes = new ArrayList<>();
		regions.forEach(x -> noThemes.add(List.of()));
		playRounds(s, regions, hostsOf, rescueOrder, noThemes, rescueRounds, done, progress);
		List<Integer> hosts = new ArrayList<>();
		for (int part = 0; part < regions.size(); part++) {
			if (onlyRegion == null || regions.get(part).equals(onlyRegion)) {
				hosts.addAll(hostsOf.get(part));
			}
		}
		if (onlyRegion == null) {
			// A region re-planned alone leaves the others' seekers where they are.
			List<Integer> waiting = new ArrayList<>();
			for (int r = 0; r < p.req.length; r++) {
				if (s.assigned[r] == null && p.hopeless[r] == null) {
					waiting.add(r);
				}
			}
			s.chainsAcrossRegions(waiting);
		}
		s.topUp(hosts, options.seekersPerHostDay());
	}

	/** The regions of these candidates' hosts, each once, in the candidates' order; only {@code onlyRegion} if set. */
	private static List<Integer> regionsOf(Solver s, Prepared.Cand[] cands, List<String> regions, String onlyRegion) {
		List<Integer> order = new ArrayList<>();
		for (Prepared.Cand c : cands) {
			int part = s.hostPart[s.p.innHost[c.inn()]];
			if (!order.contains(part) && (onlyRegion == null || regions.get(part).equals(onlyRegion))) {
				order.add(part);
			}
		}
		return order;
	}

	/** Round k offers each unserved request to the k-th of its regions; a round plans its regions in parallel. */
	private void playRounds(Solver s, List<String> regions, List<List<Integer>> hostsOf,
			List<List<Integer>> regionOrder, List<List<Integer>> themesOf, int rounds, AtomicInteger done,
			PlanProgress progress) {
		Prepared p = s.p;
		int total = done.get() + rounds * regions.size();
		for (int round = 0; round < rounds; round++) {
			List<List<Integer>> offered = new ArrayList<>();
			regions.forEach(x -> offered.add(new ArrayList<>()));
			for (int r = 0; r < p.req.length; r++) {
				if (s.assigned[r] == null && p.hopeless[r] == null && regionOrder.get(r).size() > round) {
					offered.get(regionOrder.get(r).get(round)).add(r);
				}
			}
			List<Integer> parts = new ArrayList<>();
			boolean first = round == 0;
			for (int part = 0; part < regions.size(); part++) {
				if (!offered.get(part).isEmpty() || (first && !themesOf.get(part).isEmpty())) {
					parts.add(part);
				}
				else {
					done.incrementAndGet();
				}
			}
			// Biggest regions first so the threads finish together.
			parts.sort(Comparator.comparingInt((Integer part) -> -offered.get(part).size()));
			parallel(parts, options.threads(), part -> {
				s.solvePartition(part, hostsOf.get(part), offered.get(part), first ? themesOf.get(part) : List.of(),
						options.preferVirtual(), options.exactHosts());
				progress.update("planning", done.incrementAndGet(), total);
				return null;
			});
		}
	}

	static <T, R> List<R> parallel(List<T> items, int threads, java.util.function.Function<T, R> work) {
		if (threads <= 1 || items.size() <= 1) {
			List<R> out = new ArrayList<>();
			items.forEach(i -> out.add(work.apply(i)));
			return out;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
		try {
			List<Future<R>> futures = new ArrayList<>();
			for (T item : items) {
				futures.add(pool.submit(() -> work.apply(item)));
			}
			List<R> out = new ArrayList<>();
			for (Future<R> f : futures) {
				out.add(f.get());
			}
			return out;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while planning", ex);
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

	// ---------------------------------------------------------------- kept gatherings

	/** A kept gathering as the solver sees it: its slots count, and it may take more seekers if it has room. */
	private Solver.G fixed(Prepared p, Gathering g, Map<String, Integer> reqIndex) {
		Solver.G out = new Solver.G();
		out.kind = g.kind();
		out.day = (int) g.date().toEpochDay();
		out.fixed = true;
		out.confirmed = g.confirmed();
		out.id = g.id();
		out.theme = g.themeRequestId();
		boolean opaque = false;
		for (String host : g.hosts()) {
			Integer h = p.hostIndex.get(host);
			if (h == null) {
				opaque = true;
			}
			else {
				out.hosts.add(h);
			}
		}
		if (g.venueCouncil() == null) {
			out.venue = -1;
		}
		else {
			Integer v = p.hostIndex.get(g.venueCouncil());
			out.venue = v == null ? -1 : v;
			opaque |= v == null;
		}
		for (String id : g.innovations()) {
			Integer i = p.innIndex.get(id);
			if (i == null) {
				opaque = true;
			}
			else {
				out.inns.add(i);
			}
		}
		for (Attendee a : g.attendees()) {
			Integer r = reqIndex.get(a.requestId());
			if (r != null) {
				out.atts.add(r);
				out.people += p.people[r];
			}
		}
		if (opaque) {
			// Take no one new: the solver cannot check constraints on what it cannot see.
			out.source = g;
			out.kind = GatheringKind.HOSTED_VISIT;
		}
		return out;
	}

	// ---------------------------------------------------------------- output

	private Plan output(Prepared p, Solver s, long start, Set<String> keptIds) {
		List<Solver.G> gs = s.gatherings();
		List<Solver.G> fresh = new ArrayList<>();
		int next = 1;
		for (Solver.G g : gs) {
			if (g.id == null) {
				fresh.add(g);
			}
		}
		for (String id : keptIds) {
			if (id.startsWith("g-")) {
				try {
					next = Math.max(next, Integer.parseInt(id.substring(2)) + 1);
				}
				catch (NumberFormatException ignored) {
					// not one of ours: no clash possible
				}
			}
		}
		fresh.sort(Comparator.comparingInt((Solver.G g) -> g.day)
			.thenComparing(g -> p.hostRegion[g.hosts.get(0)])
			.thenComparingInt(g -> g.hosts.get(0)));
		for (Solver.G g : fresh) {
			g.id = "g-" + next++;
		}
		List<Gathering> gatherings = new ArrayList<>();
		for (Solver.G g : gs) {
			gatherings.add(toGathering(p, g));
		}
		gatherings.sort(Comparator.comparing(Gathering::date).thenComparing(Gathering::id));
		Set<String> served = new HashSet<>();
		gatherings.forEach(g -> g.attendees().forEach(a -> served.add(a.requestId())));
		List<Unserved> unserved = new ArrayList<>();
		int largestRoom = Arrays.stream(p.innCap).max().orElse(0);
		int servable = 0;
		for (int r = 0; r < p.req.length; r++) {
			if (p.hopeless[r] == null) {
				servable++;
			}
			if (served.contains(p.req[r].id())) {
				continue;
			}
			String reason = p.hopeless[r] == null ? Unserved.NO_CAPACITY : p.hopeless[r];
			unserved.add(new Unserved(p.req[r].id(), reason, explain(reason, p.people[r], largestRoom)));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		PlanMetrics metrics = PlanMetrics.of(gatherings, p.req.length, servable, millis, p.problem.councils());
		return new Plan(gatherings, unserved, metrics, themeOutcomes(p, s, gatherings));
	}

	private static List<ThemeOutcome> themeOutcomes(Prepared p, Solver s, List<Gathering> gatherings) {
		List<ThemeOutcome> out = new ArrayList<>();
		for (int t = 0; t < p.theme.length; t++) {
			String id = p.theme[t].id();
			String gathering = gatherings.stream()
				.filter(g -> id.equals(g.themeRequestId()))
				.map(Gathering::id)
				.findFirst()
				.orElse(null);
			if (gathering != null) {
				out.add(new ThemeOutcome(id, gathering, null, "Planned as network meeting " + gathering + "."));
				continue;
			}
			String reason = s.themeReason[t] == null ? ThemeOutcome.NO_COMMON_DATE : s.themeReason[t];
			out.add(new ThemeOutcome(id, null, reason, reason.equals(ThemeOutcome.NO_PRESENTERS)
					? "Fewer than two of the region's innovators present on this theme and offer network meetings."
					: "The innovators on this theme have no working day in the window free together."));
		}
		return out;
	}

	private static String explain(String reason, int party, int largestRoom) {
		if (reason.equals(Unserved.NO_CAPACITY) && party > largestRoom) {
			return "A party of " + party + " is larger than any host takes (at most " + largestRoom
					+ " visitors); a smaller delegation could be placed.";
		}
		return switch (reason) {
			case Unserved.NO_RELEVANT_INNOVATION -> "Nothing in the catalogue addresses this need well enough.";
			case Unserved.NO_REACHABLE_HOST -> "Relevant hosts exist, but none can meet this seeker in its formats,"
					+ " travel limit and dates.";
			default -> "The hosts that could meet this seeker are fully booked in its window.";
		};
	}

	private Gathering toGathering(Prepared p, Solver.G g) {
		if (g.source != null) {
			List<Attendee> staying = new ArrayList<>();
			Set<Integer> still = new HashSet<>(g.atts);
			for (Attendee a : g.source.attendees()) {
				Integer r = null;
				for (int x : still) {
					if (p.req[x].id().equals(a.requestId())) {
						r = x;
					}
				}
				if (r != null) {
					staying.add(a);
				}
			}
			return g.source.withAttendees(staying);
		}
		List<String> hosts = new ArrayList<>();
		for (int h : g.hosts) {
			hosts.add(p.code(p.hostOf[h]));
		}
		if (g.venue >= 0) {
			String venue = p.code(p.hostOf[g.venue]);
			hosts.remove(venue);
			hosts.add(0, venue);
		}
		List<String> inns = new ArrayList<>();
		for (int i : g.inns) {
			inns.add(p.inn[i].id());
		}
		List<Attendee> attendees = new ArrayList<>();
		for (int r : g.atts) {
			List<String> ids = new ArrayList<>();
			Map<String, Map<String, Object>> reasons = new LinkedHashMap<>();
			double best = 0;
			for (Prepared.Cand c : p.cands[r]) {
				if (g.inns.contains(c.inn()) && g.hosts.contains(p.innHost[c.inn()])
						&& (p.innFmt[c.inn()] & Prepared.bit(g.kind)) != 0) {
					ids.add(p.inn[c.inn()].id());
					reasons.put(p.inn[c.inn()].id(), c.reasons());
					best = Math.max(best, c.score());
				}
			}
			attendees.add(new Attendee(p.req[r].id(), p.req[r].seekerCouncil(), ids, p.people[r], best, reasons));
		}
		String region = p.hostRegion[g.venue >= 0 ? g.venue : g.hosts.get(0)];
		return new Gathering(g.id, g.kind, LocalDate.ofEpochDay(g.day), g.venue >= 0 ? p.code(p.hostOf[g.venue]) : null,
				hosts, inns, region, attendees, g.confirmed, g.theme);
	}

	/** Innovation ids of a ranking, for callers that keep rankings. */
	static List<String> ids(Collection<MatchResult> matches) {
		return matches.stream().map(MatchResult::innovationId).toList();
	}
}
