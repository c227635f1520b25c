package org.lantern.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.lantern.shared.reference.ServiceArea;

/**
 * Lantern's planner for one partition (the host councils of one region): a lazy greedy that repeatedly commits the
 * gathering serving most still-unserved requests per host slot, then repairs and improves (insertion into gatherings
 * with room, dissolving small gatherings into others, virtual where everyone accepts it). See PLANNER.md.
 *
 * <p>
 * State is shared with the other partitions, but every array touched here is indexed by a request offered only to
 * this partition in this round or by a host council of this partition, so partitions run in parallel without locks.
 */
final class Solver {

	private static final GatheringKind[] GROUP_KINDS = { GatheringKind.OPEN_DAY, GatheringKind.VIRTUAL_SESSION };

	private static final GatheringKind[] ALL_SINGLE_HOST_KINDS = { GatheringKind.OPEN_DAY, GatheringKind.VIRTUAL_SESSION,
			GatheringKind.HOSTED_VISIT };

	/** How much one host-day weighs against one more request served when choosing the next gathering. */
	private static final double COST_WEIGHT = 0.3;

	/** A gathering under construction or planned. */
	static final class G {

		GatheringKind kind;

		int day;

		/** Venue host index, -1 for a virtual session. */
		int venue;

		final List<Integer> hosts = new ArrayList<>();

		final List<Integer> inns = new ArrayList<>();

		final List<Integer> atts = new ArrayList<>();

		int people;

		boolean fixed;

		boolean confirmed;

		String id;

		boolean removed;

		/** For a kept gathering the solver cannot model (unknown host or innovation): emitted as it was. */
		Gathering source;

		/** The theme request this network meeting answers, or null. */
		String theme;

		/** One host's gathering that no host confirmed and no regional body asked for: free to plan again. */
		boolean unpinnedSingleHost() {
			return !fixed && theme == null && hosts.size() == 1;
		}
	}

	/**
	 * Seekers a network meeting must draw before a second host is asked to present only to make it one: below this,
	 * one and a half host-days would serve fewer seekers than a hosted visit per seeker does.
	 */
	private static final int MIN_SEEKERS_FOR_CO_PRESENTER = 2;

	/** Most innovators presenting at a themed meeting: several, without filling a whole day with talks. */
	private static final int MAX_THEME_PRESENTERS = 4;

	final Prepared p;

	/** Request to its gathering, null when unserved. */
	final G[] assigned;

	/** Why a theme request got no meeting (see {@link ThemeOutcome}), null when it got one or was not tried. */
	final String[] themeReason;

	/** Host to quarter key to gatherings it hosts or presents at. */
	private final List<Map<Integer, Integer>> used = new ArrayList<>();

	/** Host to the gatherings it hosts or presents at. */
	private final List<List<G>> byHost = new ArrayList<>();

	/** Host to its partition: a partition only ever touches gatherings of its own hosts. */
	final int[] hostPart;

	/** The partition being planned by the current thread's call (each call passes its own). */

	Solver(Prepared p) {
		this.p = p;
		this.assigned = new G[p.req.length];
		this.themeReason = new String[p.theme.length];
		this.hostPart = new int[p.hosts()];
		for (int h = 0; h < p.hosts(); h++) {
			used.add(new HashMap<>());
			byHost.add(new ArrayList<>());
		}
	}

	// ---------------------------------------------------------------- book-keeping

	int used(int host, int quarter) {
		return used.get(host).getOrDefault(quarter, 0);
	}

	boolean slotFree(int host, int day) {
		return used(host, p.quarterOf(day)) < p.hostQuarterCap[host];
	}

	/** Records a gathering, or one {@link #remove}d earlier again: its hosts' slots and its attendees. */
	void commit(G g) {
		g.removed = false;
		int q = p.quarterOf(g.day);
		for (int h : g.hosts) {
			used.get(h).merge(q, 1, Integer::sum);
			byHost.get(h).add(g);
		}
		for (int r : g.atts) {
			assigned[r] = g;
		}
	}

	void remove(G g) {
		int q = p.quarterOf(g.day);
		for (int h : g.hosts) {
			used.get(h).merge(q, -1, Integer::sum);
			byHost.get(h).remove(g);
		}
		for (int r : g.atts) {
			if (assigned[r] == g) {
				assigned[r] = null;
			}
		}
		g.removed = true;
	}

	/** The gatherings the host hosts or presents at: a copy, so the caller may remove them while it iterates. */
	List<G> gatheringsOf(int host) {
		return new ArrayList<>(byHost.get(host));
	}

	List<G> gatherings() {
		Set<G> all = new LinkedHashSet<>();
		byHost.forEach(all::addAll);
		return new ArrayList<>(all);
	}

	/** Visitors allowed: the venue's innovations in the gathering (all of them for a virtual session), smallest. */
	int capacity(G g, int extraInn) {
		int cap = Integer.MAX_VALUE;
		for (int i : g.inns) {
			if (g.venue < 0 || p.innHost[i] == g.venue) {
				cap = Math.min(cap, p.innCap[i]);
			}
		}
		if (extraInn >= 0 && (g.venue < 0 || p.innHost[extraInn] == g.venue)) {
			cap = Math.min(cap, p.innCap[extraInn]);
		}
		return cap;
	}

	private boolean allowed(Prepared.Cand c, boolean allCands) {
		return allCands || c.primary();
	}

	static double cost(GatheringKind kind, int hosts) {
		return kind.inPerson() ? 1 + 0.5 * (hosts - 1) : 0.25 * hosts;
	}

	// ---------------------------------------------------------------- partition plan

	/**
	 * Plans the requests offered to this partition, whose hosts are {@code hosts}, after the network meetings regional
	 * bodies asked for ({@code themes}): those come first because a body asked for them by name.
	 */
	void solvePartition(int part, List<Integer> hosts, List<Integer> offered, List<Integer> themes,
			boolean virtualWherePossible, boolean exactHosts) {
		for (int t : themes) {
			themedMeeting(part, t, offered);
		}
		if (offered.isEmpty()) {
			return;
		}
		insertAll(part, offered, false);
		greedySingleHost(part, hosts, offered, false, 2, GROUP_KINDS);
		networkMeetings(part, hosts, offered, false, 2);
		insertAll(part, offered, true);
		greedySingleHost(part, hosts, offered, true, 2, GROUP_KINDS);
		networkMeetings(part, hosts, offered, true, 2);
		biggerVenues(part, hosts, offered);
		dissolveSmall(part, hosts, 3);
		insertAll(part, offered, true);
		ejectionChains(part, offered);
		greedySingleHost(part, hosts, offered, true, 1, ALL_SINGLE_HOST_KINDS);
		// Last resort for seekers who only accept network meetings: one seeker is worth a meeting's slots now.
		networkMeetings(part, hosts, offered, true, 1);
		ejectionChains(part, offered);
		dissolveSmall(part, hosts, 1);
		if (virtualWherePossible) {
			preferVirtual(hosts);
		}
		if (exactHosts && HostPolish.available()) {
			new HostPolish(this).polish(hosts, offered);
		}
	}

	// ---------------------------------------------------------------- top-up

	/**
	 * Seekers still waiting, each placed in a new gathering of one of these hosts (the most seekers per host-day first)
	 * for as long as the whole plan keeps at least {@code floor} seekers per host-day. The rounds weigh a host-day
	 * against a seeker, so they leave out a hosted visit for one; the objective serves first, and the floor is the
	 * bar's: where the plan is above it, the spare host-days buy those visits.
	 */
	void topUp(List<Integer> hosts, double floor) {
		List<Integer> waiting = new ArrayList<>();
		int served = 0;
		for (int r = 0; r < p.req.length; r++) {
			if (assigned[r] != null) {
				served++;
			}
			else if (p.hopeless[r] == null) {
				waiting.add(r);
			}
		}
		if (waiting.isEmpty()) {
			return;
		}
		double hostDays = 0;
		for (G g : gatherings()) {
			hostDays += cost(g.kind, g.hosts.size());
		}
		// A gathering too dear now is left out, but a cheaper kind (a virtual session) of the same host may still fit.
		lazyGreedy(hosts, pairsByHost(waiting, true), true, ALL_SINGLE_HOST_KINDS, 1, Solver::density,
				new Floor(floor, served, hostDays)::spend);
	}

	private static double density(G g) {
		return g.atts.size() / cost(g.kind, g.hosts.size());
	}

	/** The seekers and host-days of the whole plan, which the top-up spends only while they keep the floor. */
	private static final class Floor {

		private final double floor;

		private int served;

		private double hostDays;

		Floor(double floor, int served, double hostDays) {
			this.floor = floor;
			this.served = served;
			this.hostDays = hostDays;
		}

		boolean spend(G g) {
			double cost = cost(g.kind, g.hosts.size());
			if (served + g.atts.size() < floor * (hostDays + cost)) {
				return false;
			}
			served += g.atts.size();
			hostDays += cost;
			return true;
		}
	}

	// ---------------------------------------------------------------- insertion

	void insertAll(int part, List<Integer> requests, boolean allCands) {
		for (int r : requests) {
			if (assigned[r] == null) {
				tryInsert(part, r, allCands, null);
			}
		}
	}

	/** Puts the request into the fullest existing gathering it fits, if any. */
	boolean tryInsert(int part, int r, boolean allCands, G exclude) {
		return tryInsert(part, r, allCands, exclude, null);
	}

	/** The same, in any region when {@code part} is {@link #ANY_REGION}, and in neither gathering excluded. */
	private boolean tryInsert(int part, int r, boolean allCands, G exclude, G alsoExclude) {
		G best = null;
		int bestInn = -1, bestRoom = Integer.MAX_VALUE;
		for (Prepared.Cand c : p.cands[r]) {
			int h = p.innHost[c.inn()];
			if (!allowed(c, allCands) || (part != ANY_REGION && hostPart[h] != part)) {
				continue;
			}
			for (G g : byHost.get(h)) {
				if (g == exclude || g == alsoExclude || g.removed) {
					continue;
				}
				int room = roomFor(g, r, c.inn());
				if (room >= 0 && room < bestRoom) {
					best = g;
					bestInn = c.inn();
					bestRoom = room;
				}
			}
		}
		if (best == null) {
			return false;
		}
		add(best, r, bestInn);
		return true;
	}

	/** Room left after adding the request for this innovation, or -1 when it does not fit. */
	int roomFor(G g, int r, int inn) {
		if (g.kind == GatheringKind.HOSTED_VISIT || (p.fmt[r] & Prepared.bit(g.kind)) == 0
				|| (p.innFmt[inn] & Prepared.bit(g.kind)) == 0) {
			return -1;
		}
		if (g.day < p.from[r] || g.day > p.to[r]) {
			return -1;
		}
		if (g.kind.inPerson() && p.km(p.seeker[r], p.hostOf[g.venue]) > p.maxKm[r]) {
			return -1;
		}
		if (!g.hosts.contains(p.innHost[inn])) {
			return -1;
		}
		int cap = g.inns.contains(inn) ? capacity(g, -1) : capacity(g, inn);
		int room = cap - g.people - p.people[r];
		return room >= 0 ? room : -1;
	}

	void add(G g, int r, int inn) {
		if (!g.inns.contains(inn)) {
			g.inns.add(inn);
		}
		g.atts.add(r);
		g.people += p.people[r];
		assigned[r] = g;
	}

	// ---------------------------------------------------------------- single-host greedy

	private record Entry(int host, GatheringKind kind, double key) {
	}

	private void greedySingleHost(int part, List<Integer> hosts, List<Integer> offered, boolean allCands, int minFill,
			GatheringKind[] kinds) {
		lazyGreedy(hosts, pairsByHost(offered, allCands), allCands, kinds, minFill, this::key, g -> true);
	}

	/**
	 * Standard lazy greedy over (host, kind): the best gathering each pair could hold now, highest key first. An entry
	 * is re-evaluated when popped (values only fall as seekers are served and slots used) and committed when
	 * {@code take} accepts it; an entry {@code take} refuses goes.
	 */
	private void lazyGreedy(List<Integer> hosts, Map<Integer, List<int[]>> pairs, boolean allCands,
			GatheringKind[] kinds, int minFill, ToDoubleFunction<G> key, Predicate<G> take) {
		PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparingDouble(Entry::key).reversed());
		for (int h : hosts) {
			if (!pairs.containsKey(h)) {
				continue;
			}
			for (GatheringKind kind : kinds) {
				G g = bestSingleHost(h, kind, pairs.get(h), allCands);
				if (g != null && g.atts.size() >= minFill) {
					queue.add(new Entry(h, kind, key.applyAsDouble(g)));
				}
			}
		}
		while (!queue.isEmpty()) {
			Entry e = queue.poll();
			G g = bestSingleHost(e.host(), e.kind(), pairs.get(e.host()), allCands);
			if (g == null || g.atts.size() < minFill) {
				continue;
			}
			double value = key.applyAsDouble(g);
			if (!queue.isEmpty() && value < queue.peek().key() - 1e-9) {
				queue.add(new Entry(e.host(), e.kind(), value));
				continue;
			}
			if (!take.test(g)) {
				continue;
			}
			commit(g);
			queue.add(new Entry(e.host(), e.kind(), value));
		}
	}

	private double key(G g) {
		return g.atts.size() - COST_WEIGHT * cost(g.kind, g.hosts.size());
	}

	/** For each host, (request, candidate index) pairs of the offered requests, grouped by request. */
	private Map<Integer, List<int[]>> pairsByHost(List<Integer> offered, boolean allCands) {
		Map<Integer, List<int[]>> pairs = new HashMap<>();
		for (int r : offered) {
			Prepared.Cand[] cs = p.cands[r];
			for (int k = 0; k < cs.length; k++) {
				if (allowed(cs[k], allCands)) {
					pairs.computeIfAbsent(p.innHost[cs[k].inn()], x -> new ArrayList<>()).add(new int[] { r, k });
				}
			}
		}
		return pairs;
	}

	/**
	 * The best gathering of this kind the host could hold now: the date most still-unserved requests can come on (in
	 * a quarter it still has a slot), then those requests, most constrained first, up to capacity.
	 */
	private G bestSingleHost(int h, GatheringKind kind, List<int[]> pairs, boolean allCands) {
		if (pairs == null) {
			return null;
		}
		int kbit = Prepared.bit(kind);
		List<int[]> eligible = new ArrayList<>();
		int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE, capEstimate = 0;
		int hostCouncil = p.hostOf[h];
		for (int[] pair : pairs) {
			int r = pair[0];
			if (assigned[r] != null || (p.fmt[r] & kbit) == 0) {
				continue;
			}
			int i = p.cands[r][pair[1]].inn();
			if ((p.innFmt[i] & kbit) == 0 || (kind.inPerson() && p.km(p.seeker[r], hostCouncil) > p.maxKm[r])) {
				continue;
			}
			eligible.add(pair);
			lo = Math.min(lo, p.from[r]);
			hi = Math.max(hi, p.to[r]);
			capEstimate = Math.max(capEstimate, p.innCap[i]);
		}
		if (eligible.isEmpty()) {
			return null;
		}
		lo = Math.max(lo, p.dayLo);
		hi = Math.min(hi, p.dayHi);
		if (lo > hi) {
			return null;
		}
		int span = hi - lo + 2;
		int[] ppl = new int[span];
		double[] urgency = new double[span];
		int lastR = -1;
		for (int[] pair : eligible) {
			int r = pair[0];
			if (r == lastR) {
				continue;
			}
			lastR = r;
			int a = Math.max(p.from[r], lo) - lo, b = Math.min(p.to[r], hi) - lo + 1;
			if (a >= b) {
				continue;
			}
			ppl[a] += p.people[r];
			ppl[b] -= p.people[r];
			double u = 1.0 / (1 + b - a) + 1.0 / p.cands[r].length;
			urgency[a] += u;
			urgency[b] -= u;
		}
		int bestDay = -1;
		double bestScore = -1;
		int run = 0;
		double runU = 0;
		for (int d = lo; d <= hi; d++) {
			run += ppl[d - lo];
			runU += urgency[d - lo];
			if (run <= 0 || !p.open(h, d) || !slotFree(h, d)) {
				continue;
			}
			// Fill first, then the requests with fewest other chances, then the host's quieter quarter (even load).
			double score = Math.min(run, capEstimate) * 1000 + runU * 10 - used(h, p.quarterOf(d)) * 0.01;
			if (score > bestScore + 1e-9) {
				bestScore = score;
				bestDay = d;
			}
		}
		if (bestDay < 0) {
			return null;
		}
		int day = bestDay;
		List<int[]> here = new ArrayList<>();
		for (int[] pair : eligible) {
			int r = pair[0];
			if (p.from[r] <= day && day <= p.to[r]) {
				here.add(pair);
			}
		}
		here.sort(attendeeOrder());
		G g = new G();
		g.kind = kind;
		g.day = day;
		g.venue = kind.inPerson() ? h : -1;
		g.hosts.add(h);
		int cap = Integer.MAX_VALUE;
		for (int[] pair : here) {
			int r = pair[0];
			if (assigned[r] == g) {
				continue;
			}
			int i = p.cands[r][pair[1]].inn();
			int newCap = g.inns.contains(i) ? cap : Math.min(cap, p.innCap[i]);
			if (g.people + p.people[r] > newCap) {
				continue;
			}
			cap = newCap;
			if (!g.inns.contains(i)) {
				g.inns.add(i);
			}
			g.atts.add(r);
			g.people += p.people[r];
			assigned[r] = g;
			if (kind == GatheringKind.HOSTED_VISIT) {
				break;
			}
		}
		// Tentative: the caller commits (which sets these again) or throws it away.
		for (int r : g.atts) {
			assigned[r] = null;
		}
		return g.atts.isEmpty() ? null : g;
	}

	/** Requests most constrained first: fewest proposals, earliest deadline, fewest people. */
	private Comparator<Integer> mostConstrainedFirst() {
		return Comparator.<Integer>comparingInt(r -> p.cands[r].length)
			.thenComparingInt(r -> p.to[r])
			.thenComparingInt(r -> p.people[r])
			.thenComparingInt(r -> r);
	}

	/** Most constrained first: fewest proposals, earliest deadline, fewest people, best match. */
	private Comparator<int[]> attendeeOrder() {
		return Comparator.<int[]>comparingInt(pair -> p.cands[pair[0]].length)
			.thenComparingInt(pair -> p.to[pair[0]])
			.thenComparingInt(pair -> p.people[pair[0]])
			.thenComparingDouble(pair -> -p.cands[pair[0]][pair[1]].score())
			.thenComparingInt(pair -> pair[0]);
	}

	// ---------------------------------------------------------------- network meetings

	/**
	 * Regional network meetings for requests that accept them: a venue host, a date, then co-hosts of the region added
	 * while they bring seekers, the seekers most constrained first up to the venue's capacity.
	 */
	private void networkMeetings(int part, List<Integer> hosts, List<Integer> offered, boolean allCands, int minFill) {
		List<Integer> venues = new ArrayList<>();
		for (int h : hosts) {
			if (p.hostInns.get(h).stream().anyMatch(i -> (p.innFmt[i] & Prepared.NM) != 0)) {
				venues.add(h);
			}
		}
		if (venues.size() < 2) {
			return;
		}
		List<Integer> seekers = new ArrayList<>();
		for (int r : offered) {
			if ((p.fmt[r] & Prepared.NM) != 0) {
				seekers.add(r);
			}
		}
		for (int guard = 0; guard < 10_000; guard++) {
			G best = null;
			double bestKey = Double.NEGATIVE_INFINITY;
			for (int v : venues) {
				G g = bestNetworkMeeting(v, venues, seekers, allCands, minFill);
				if (g != null && g.atts.size() >= minFill && key(g) > bestKey) {
					best = g;
					bestKey = key(g);
				}
			}
			if (best == null) {
				return;
			}
			commit(best);
		}
	}

	private boolean nmCand(int r, Prepared.Cand c, boolean allCands) {
		return allowed(c, allCands) && (p.innFmt[c.inn()] & Prepared.NM) != 0;
	}

	private G bestNetworkMeeting(int v, List<Integer> venues, List<Integer> seekers, boolean allCands, int minFill) {
		int venueCouncil = p.hostOf[v];
		String region = p.hostRegion[v];
		List<Integer> eligible = new ArrayList<>();
		int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
		for (int r : seekers) {
			if (assigned[r] != null || p.km(p.seeker[r], venueCouncil) > p.maxKm[r]) {
				continue;
			}
			boolean any = false;
			for (Prepared.Cand c : p.cands[r]) {
				if (nmCand(r, c, allCands) && region.equals(p.hostRegion[p.innHost[c.inn()]])) {
					any = true;
					break;
				}
			}
			if (any) {
				eligible.add(r);
				lo = Math.min(lo, p.from[r]);
				hi = Math.max(hi, p.to[r]);
			}
		}
		if (eligible.size() < minFill) {
			return null;
		}
		lo = Math.max(lo, p.dayLo);
		hi = Math.min(hi, p.dayHi);
		if (lo > hi) {
			return null;
		}
		int[] count = new int[hi - lo + 2];
		for (int r : eligible) {
			int a = Math.max(p.from[r], lo) - lo, b = Math.min(p.to[r], hi) - lo + 1;
			if (a < b) {
				count[a]++;
				count[b]--;
			}
		}
		int bestDay = -1, bestCount = 0, run = 0;
		for (int d = lo; d <= hi; d++) {
			run += count[d - lo];
			if (run > bestCount && p.open(v, d) && slotFree(v, d)) {
				bestCount = run;
				bestDay = d;
			}
		}
		if (bestDay < 0 || bestCount < minFill) {
			return null;
		}
		int day = bestDay;
		// Who could come, and which available hosts each would come for.
		List<Integer> here = new ArrayList<>();
		Map<Integer, List<Integer>> hostsFor = new HashMap<>();
		for (int r : eligible) {
			if (p.from[r] > day || day > p.to[r]) {
				continue;
			}
			List<Integer> hs = new ArrayList<>();
			for (Prepared.Cand c : p.cands[r]) {
				int h = p.innHost[c.inn()];
				if (nmCand(r, c, allCands) && region.equals(p.hostRegion[h]) && !hs.contains(h)
						&& (h == v || (p.open(h, day) && slotFree(h, day)))) {
					hs.add(h);
				}
			}
			if (!hs.isEmpty()) {
				here.add(r);
				hostsFor.put(r, hs);
			}
		}
		// The venue's innovation sets the capacity: the one most seekers here come for, the biggest among equals. When
		// none comes for the venue it may still lend its room, so that a popular innovator whose own room is small, or
		// who holds no open days, presents to more seekers.
		int venueInn = -1, venueSeekers = 0;
		for (int i : p.hostInns.get(v)) {
			if ((p.innFmt[i] & Prepared.NM) == 0) {
				continue;
			}
			int n = 0;
			for (int r : here) {
				for (Prepared.Cand c : p.cands[r]) {
					if (c.inn() == i && nmCand(r, c, allCands)) {
						n++;
						break;
					}
				}
			}
			if (venueInn < 0 || n > venueSeekers || (n == venueSeekers && p.innCap[i] > p.innCap[venueInn])) {
				venueInn = i;
				venueSeekers = n;
			}
		}
		if (venueInn < 0) {
			return null;
		}
		int cap = p.innCap[venueInn];
		List<Integer> chosen = new ArrayList<>();
		chosen.add(v);
		Set<Integer> covered = new HashSet<>();
		for (int r : here) {
			if (hostsFor.get(r).contains(v)) {
				covered.add(r);
			}
		}
		while (chosen.size() < 6) {
			int bestHost = -1, bestGain = 0;
			Map<Integer, Integer> gain = new HashMap<>();
			for (int r : here) {
				if (covered.contains(r)) {
					continue;
				}
				for (int h : hostsFor.get(r)) {
					if (!chosen.contains(h)) {
						gain.merge(h, 1, Integer::sum);
					}
				}
			}
			for (Map.Entry<Integer, Integer> e : gain.entrySet()) {
				if (e.getValue() > bestGain || (e.getValue() == bestGain && e.getKey() < bestHost)) {
					bestHost = e.getKey();
					bestGain = e.getValue();
				}
			}
			if (bestHost < 0) {
				break;
			}
			chosen.add(bestHost);
			for (int r : here) {
				if (hostsFor.get(r).contains(bestHost)) {
					covered.add(r);
				}
			}
		}
		List<Integer> order = new ArrayList<>(covered);
		order.sort(mostConstrainedFirst());
		G g = new G();
		g.kind = GatheringKind.NETWORK_MEETING;
		g.day = day;
		g.venue = v;
		g.inns.add(venueInn);
		for (int r : order) {
			if (g.people + p.people[r] > cap) {
				continue;
			}
			g.atts.add(r);
			g.people += p.people[r];
		}
		// Innovations: what the chosen seekers come for from the chosen hosts; the venue's only where they do not
		// lower its capacity.
		for (int r : g.atts) {
			for (Prepared.Cand c : p.cands[r]) {
				int i = c.inn(), h = p.innHost[i];
				if (nmCand(r, c, allCands) && chosen.contains(h) && hostsFor.get(r).contains(h) && !g.inns.contains(i)
						&& (h != v || p.innCap[i] >= cap)) {
					g.inns.add(i);
				}
			}
		}
		for (int h : chosen) {
			boolean brings = false;
			for (int i : g.inns) {
				if (p.innHost[i] == h) {
					brings = g.atts.stream().anyMatch(r -> comesFor(r, i, allCands));
					if (brings) {
						break;
					}
				}
			}
			if (brings && !g.hosts.contains(h)) {
				g.hosts.add(h);
			}
		}
		g.inns.removeIf(i -> !g.hosts.contains(p.innHost[i]) || g.atts.stream().noneMatch(r -> comesFor(r, i, allCands)));
		g.atts.removeIf(r -> g.inns.stream().noneMatch(i -> comesFor(r, i, allCands)));
		g.people = g.atts.stream().mapToInt(r -> p.people[r]).sum();
		if (!g.hosts.contains(v)) {
			// A lent room costs the venue a full host-day: worth it for as many seekers as a co-presenter is.
			if (g.atts.size() < MIN_SEEKERS_FOR_CO_PRESENTER) {
				return null;
			}
			g.hosts.add(0, v);
			g.inns.add(0, venueInn);
		}
		if (g.hosts.size() == 1 && g.hosts.contains(v) && g.atts.size() >= MIN_SEEKERS_FOR_CO_PRESENTER) {
			addCoPresenter(g, venues);
		}
		if (g.hosts.size() < 2 || !g.hosts.contains(v) || g.atts.isEmpty() || g.people > capacity(g, -1)) {
			return null;
		}
		return g;
	}

	/**
	 * A network meeting has at least two presenters. When every seeker came for the venue's innovations, another host
	 * of the region presents alongside: one free that day whose innovation offers network meetings and shares a
	 * service area with the venue's (the meeting keeps one theme), the one with most slots to spare first. It costs
	 * half a host-day, and it lets seekers who accept only network meetings learn from a host that offers them.
	 */
	private void addCoPresenter(G g, List<Integer> venues) {
		Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
		for (int i : g.inns) {
			areas.addAll(p.inn[i].serviceAreas());
		}
		int bestHost = -1, bestInn = -1, bestShared = 0, bestSpare = 0;
		int quarter = p.quarterOf(g.day);
		for (int h : venues) {
			if (g.hosts.contains(h) || !p.open(h, g.day) || !slotFree(h, g.day)) {
				continue;
			}
			int spare = p.hostQuarterCap[h] - used(h, quarter);
			for (int i : p.hostInns.get(h)) {
				if ((p.innFmt[i] & Prepared.NM) == 0) {
					continue;
				}
				int shared = (int) p.inn[i].serviceAreas().stream().filter(areas::contains).count();
				if (shared > bestShared || (shared == bestShared && shared > 0 && spare > bestSpare)) {
					bestHost = h;
					bestInn = i;
					bestShared = shared;
					bestSpare = spare;
				}
			}
		}
		if (bestHost >= 0) {
			g.hosts.add(bestHost);
			g.inns.add(bestInn);
		}
	}

	private boolean comesFor(int r, int inn, boolean allCands) {
		for (Prepared.Cand c : p.cands[r]) {
			if (c.inn() == inn) {
				return nmCand(r, c, allCands);
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- themed network meetings

	/**
	 * The network meeting a regional body asked for: on the working day in its window when most of the region's
	 * seekers who want one of the theme's presenters can come, at the presenter's venue that takes them, with the
	 * presenters those seekers come for and at least two in all. A body asked for it, so it is planned even if no
	 * seeker has asked yet; the body brings its own audience.
	 */
	void themedMeeting(int part, int t, List<Integer> offered) {
		Map<Integer, List<Integer>> presenters = new LinkedHashMap<>();
		Set<Integer> themeInns = new HashSet<>();
		for (Prepared.Cand c : p.themeCands[t]) {
			int h = p.innHost[c.inn()];
			if (hostPart[h] == part) {
				presenters.computeIfAbsent(h, x -> new ArrayList<>()).add(c.inn());
				themeInns.add(c.inn());
			}
		}
		if (presenters.size() < 2) {
			themeReason[t] = ThemeOutcome.NO_PRESENTERS;
			return;
		}
		ThemeRequest theme = p.theme[t];
		G best = null;
		for (int d = (int) theme.from().toEpochDay(); d <= (int) theme.to().toEpochDay(); d++) {
			int day = d;
			List<Integer> free = presenters.keySet().stream().filter(h -> p.open(h, day) && slotFree(h, day)).toList();
			if (free.size() < 2) {
				continue;
			}
			for (int v : free) {
				G g = themedMeetingAt(t, day, v, free, presenters, themeInns, offered);
				if (g != null && (best == null || g.atts.size() > best.atts.size()
						|| (g.atts.size() == best.atts.size() && g.people > best.people))) {
					best = g;
				}
			}
		}
		if (best == null) {
			themeReason[t] = ThemeOutcome.NO_COMMON_DATE;
			return;
		}
		commit(best);
	}

	private G themedMeetingAt(int t, int day, int v, List<Integer> free, Map<Integer, List<Integer>> presenters,
			Set<Integer> themeInns, List<Integer> offered) {
		int venueInn = -1;
		for (int i : presenters.get(v)) {
			if (venueInn < 0 || p.innCap[i] > p.innCap[venueInn]) {
				venueInn = i;
			}
		}
		G g = new G();
		g.kind = GatheringKind.NETWORK_MEETING;
		g.day = day;
		g.venue = v;
		g.theme = p.theme[t].id();
		g.hosts.add(v);
		g.inns.add(venueInn);
		int cap = p.innCap[venueInn];
		List<Integer> seekers = new ArrayList<>();
		for (int r : offered) {
			if (assigned[r] == null && (p.fmt[r] & Prepared.NM) != 0 && p.from[r] <= day && day <= p.to[r]
					&& p.km(p.seeker[r], p.hostOf[v]) <= p.maxKm[r]) {
				seekers.add(r);
			}
		}
		seekers.sort(Comparator.<Integer>comparingInt(r -> p.cands[r].length)
			.thenComparingInt(r -> p.to[r])
			.thenComparingInt(r -> r));
		for (int r : seekers) {
			if (g.people + p.people[r] > cap) {
				continue;
			}
			for (Prepared.Cand c : p.cands[r]) {
				int i = c.inn(), h = p.innHost[i];
				// The venue's other innovations would set a smaller capacity than the one promised.
				if (themeInns.contains(i) && free.contains(h) && (h != v || i == venueInn)
						&& g.hosts.size() + (g.hosts.contains(h) ? 0 : 1) <= MAX_THEME_PRESENTERS) {
					add(g, r, i);
					assigned[r] = null;
					if (!g.hosts.contains(h)) {
						g.hosts.add(h);
					}
					break;
				}
			}
		}
		// Several innovators on one theme: if the seekers came for one, the next most relevant free presenter joins.
		for (int h : free) {
			if (g.hosts.size() >= 2) {
				break;
			}
			if (!g.hosts.contains(h)) {
				g.hosts.add(h);
				g.inns.add(presenters.get(h).get(0));
			}
		}
		return g.hosts.size() >= 2 ? g : null;
	}

	// ---------------------------------------------------------------- improvement

	/**
	 * Ejection chains of depth one: an unserved request takes the place of a seeker in a full gathering when that
	 * seeker fits another gathering with room (its other date, host or proposal). One more request served, the same
	 * host-days. Kept (fixed) gatherings never give a seeker up.
	 */
	void ejectionChains(int part, List<Integer> offered) {
		for (int r : offered) {
			if (assigned[r] == null) {
				eject(part, r);
			}
		}
	}

	private boolean eject(int part, int r) {
		for (Prepared.Cand c : p.cands[r]) {
			int h = p.innHost[c.inn()];
			if (hostPart[h] != part) {
				continue;
			}
			for (G g : new ArrayList<>(byHost.get(h))) {
				if (g.removed || g.fixed || g.kind == GatheringKind.HOSTED_VISIT || !fitsApartFromRoom(g, r, c.inn())) {
					continue;
				}
				if (takeSeat(g, r, c.inn(), null, s -> tryInsert(part, s, true, g))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Seats the request in the gathering, for this innovation, in the place of one of its seekers whom
	 * {@code moveOn} places elsewhere; smallest parties first, as they are the easiest to place. Each seeker tried
	 * spends one of {@code tries}, when given.
	 */
	private boolean takeSeat(G g, int r, int inn, int[] tries, IntPredicate moveOn) {
		int cap = g.inns.contains(inn) ? capacity(g, -1) : capacity(g, inn);
		List<Integer> out = new ArrayList<>(g.atts);
		out.sort(Comparator.<Integer>comparingInt(x -> p.people[x]).thenComparingInt(x -> x));
		for (int x : out) {
			if (cap - (g.people - p.people[x]) - p.people[r] < 0 || (tries != null && tries[0]-- <= 0)) {
				continue;
			}
			g.atts.remove((Integer) x);
			g.people -= p.people[x];
			assigned[x] = null;
			if (moveOn.test(x)) {
				add(g, r, inn);
				pruneInnovations(g);
				return true;
			}
			g.atts.add(x);
			g.people += p.people[x];
			assigned[x] = g;
		}
		return false;
	}

	/**
	 * Seekers one waiting request may try to move in {@link #chainsAcrossRegions}: the cost per request stays bounded,
	 * so 50,000 requests still plan in linear time. A hundred thousand changed no plan of the ten blind-23/24
	 * workloads with catalogue hosts (tried on the first version of the chains, whose moved seekers took reserves).
	 */
	private static final int CHAIN_TRIES = 500;

	private static final int ANY_REGION = -1;

	/**
	 * Ejection chains across regions, once every round is done: a request still waiting takes the place of a seeker
	 * in a full gathering when that seeker can move on by one of its candidates, into another gathering with room or
	 * by taking the seat of a third seeker who can. One more request served for the same host-days; the regions' own
	 * chains ({@link #ejectionChains}) move seekers only within the region, one step deep. A moved seeker keeps to its
	 * candidates: moved by its reserves too, on twenty workloads with catalogue hosts it placed 5 more seekers
	 * relevantly and 34 more with an unrelated innovation.
	 */
	void chainsAcrossRegions(List<Integer> waiting) {
		for (int r : waiting) {
			if (assigned[r] == null) {
				placeByEjecting(r, null, new int[] { CHAIN_TRIES });
			}
		}
	}

	/** Takes a seat in a full gathering for the request, moving its holder on; {@code from} is where it was moved from. */
	private boolean placeByEjecting(int r, G from, int[] tries) {
		for (Prepared.Cand c : p.cands[r]) {
			for (G g : new ArrayList<>(byHost.get(p.innHost[c.inn()]))) {
				if (g == from || g.removed || g.fixed || !fitsApartFromRoom(g, r, c.inn())) {
					continue;
				}
				// Nobody moved on may take the seat freed here (it is the request's) or go back where it came from.
				if (takeSeat(g, r, c.inn(), tries, x -> tryInsert(ANY_REGION, x, true, g, from)
						|| (from == null && placeByEjecting(x, g, tries)))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A popular host whose own room is small serves more seekers presenting at a bigger venue of its region. Its open
	 * day or virtual session becomes a network meeting at another host's venue, in the same quarter, when that serves
	 * more seekers: those of its own who can come there (the others wait again for the later phases) and those still
	 * waiting for either host. The venue presents one of its innovations too, one sharing a service area with the
	 * host's where that serves as many (the meeting keeps one theme).
	 */
	void biggerVenues(int part, List<Integer> hosts, List<Integer> offered) {
		Map<Integer, List<Integer>> waitingFor = new HashMap<>();
		List<Integer> order = new ArrayList<>(offered);
		order.sort(mostConstrainedFirst());
		for (int r : order) {
			if (assigned[r] != null || (p.fmt[r] & Prepared.NM) == 0) {
				continue;
			}
			for (Prepared.Cand c : p.cands[r]) {
				if (nmCand(r, c, true)) {
					List<Integer> list = waitingFor.computeIfAbsent(p.innHost[c.inn()], x -> new ArrayList<>());
					if (list.isEmpty() || list.get(list.size() - 1) != r) {
						list.add(r);
					}
				}
			}
		}
		for (int h : hosts) {
			List<Integer> forHost = waitingFor.getOrDefault(h, List.of());
			for (G g : new ArrayList<>(byHost.get(h))) {
				if (forHost.stream().allMatch(r -> assigned[r] != null)) {
					break;
				}
				if (!g.removed && g.unpinnedSingleHost()
						&& (g.kind == GatheringKind.OPEN_DAY || g.kind == GatheringKind.VIRTUAL_SESSION)) {
					G bigger = biggerVenueFor(g, hosts, waitingFor);
					if (bigger != null) {
						remove(g);
						commit(bigger);
					}
				}
			}
		}
	}

	/**
	 * The network meeting in this gathering's quarter, at a bigger venue, that serves the most seekers: the
	 * gathering's own who can come there (the others wait again) and those still waiting for either host. Null unless
	 * it serves more than the gathering does.
	 */
	private G biggerVenueFor(G g, List<Integer> hosts, Map<Integer, List<Integer>> waitingFor) {
		int h = g.hosts.get(0);
		Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
		for (int i : g.inns) {
			if ((p.innFmt[i] & Prepared.NM) == 0) {
				return null;
			}
			areas.addAll(p.inn[i].serviceAreas());
		}
		int room = capacity(g, -1), quarter = p.quarterOf(g.day);
		G best = null;
		boolean bestOnTheme = false;
		for (int v : hosts) {
			int venueInn = -1;
			boolean onTheme = false;
			for (int i : p.hostInns.get(v)) {
				boolean shares = p.inn[i].serviceAreas().stream().anyMatch(areas::contains);
				if (v != h && (p.innFmt[i] & Prepared.NM) != 0 && p.innCap[i] > room && (venueInn < 0
						|| p.innCap[i] > p.innCap[venueInn] || (p.innCap[i] == p.innCap[venueInn] && shares))) {
					venueInn = i;
					onTheme = shares;
				}
			}
			if (venueInn < 0) {
				continue;
			}
			int venueCouncil = p.hostOf[v];
			// Who could come, for which of the two hosts' innovations: the gathering's seekers first (they keep the
			// innovation they came for), then the waiting ones, most constrained first.
			Set<Integer> waitingForEither = new LinkedHashSet<>(waitingFor.getOrDefault(h, List.of()));
			waitingForEither.addAll(waitingFor.getOrDefault(v, List.of()));
			List<Integer> waiting = new ArrayList<>(waitingForEither);
			waiting.removeIf(r -> assigned[r] != null);
			waiting.sort(mostConstrainedFirst());
			Map<Integer, Integer> comesFor = new LinkedHashMap<>();
			List<Integer> candidates = new ArrayList<>(g.atts);
			candidates.addAll(waiting);
			for (int r : candidates) {
				if ((p.fmt[r] & Prepared.NM) == 0 || p.km(p.seeker[r], venueCouncil) > p.maxKm[r]) {
					continue;
				}
				for (Prepared.Cand c : p.cands[r]) {
					int i = c.inn();
					if (nmCand(r, c, true) && (p.innHost[i] == h || i == venueInn)
							&& (assigned[r] == null || g.inns.contains(i))) {
						comesFor.put(r, i);
						break;
					}
				}
			}
			if (comesFor.size() <= g.atts.size()) {
				continue;
			}
			for (int d = Math.max(p.dayLo, g.day - 100); d <= Math.min(p.dayHi, g.day + 100); d++) {
				if (p.quarterOf(d) != quarter || !p.open(h, d) || !p.open(v, d) || !slotFree(v, d)) {
					continue;
				}
				G ng = new G();
				ng.kind = GatheringKind.NETWORK_MEETING;
				ng.day = d;
				ng.venue = v;
				ng.hosts.add(v);
				ng.hosts.add(h);
				ng.inns.add(venueInn);
				for (Map.Entry<Integer, Integer> e : comesFor.entrySet()) {
					int r = e.getKey();
					if (p.from[r] <= d && d <= p.to[r] && ng.people + p.people[r] <= p.innCap[venueInn]) {
						ng.atts.add(r);
						ng.people += p.people[r];
						if (!ng.inns.contains(e.getValue())) {
							ng.inns.add(e.getValue());
						}
					}
				}
				// The host still presents: somebody comes for it, or it is only the venue's own meeting.
				if (ng.inns.stream().noneMatch(i -> p.innHost[i] == h)) {
					continue;
				}
				int most = best == null ? g.atts.size() : best.atts.size();
				if (ng.atts.size() > most || (best != null && ng.atts.size() == most && onTheme && !bestOnTheme)) {
					best = ng;
					bestOnTheme = onTheme;
				}
			}
		}
		return best;
	}

	/** Whether the request could join the gathering for this innovation if it had room. */
	private boolean fitsApartFromRoom(G g, int r, int inn) {
		if ((p.fmt[r] & Prepared.bit(g.kind)) == 0 || (p.innFmt[inn] & Prepared.bit(g.kind)) == 0
				|| g.day < p.from[r] || g.day > p.to[r] || !g.hosts.contains(p.innHost[inn])) {
			return false;
		}
		return !g.kind.inPerson() || p.km(p.seeker[r], p.hostOf[g.venue]) <= p.maxKm[r];
	}

	/** Drops innovations no attendee comes for any more (never the last one a host presents). */
	private void pruneInnovations(G g) {
		for (int i : new ArrayList<>(g.inns)) {
			boolean wanted = false;
			for (int r : g.atts) {
				for (Prepared.Cand c : p.cands[r]) {
					wanted |= c.inn() == i;
				}
			}
			boolean hostHasOther = g.inns.stream().anyMatch(o -> o != i && p.innHost[o] == p.innHost[i]);
			if (!wanted && hostHasOther && g.inns.size() > 1) {
				g.inns.remove((Integer) i);
			}
		}
	}

	/**
	 * Moves every seeker of a small gathering into other gatherings with room, then drops it: same requests served,
	 * fewer host-days, and the freed slot can take someone else.
	 */
	void dissolveSmall(int part, List<Integer> hosts, int maxAttendees) {
		List<G> small = new ArrayList<>();
		for (int h : hosts) {
			for (G g : byHost.get(h)) {
				if (!g.fixed && !g.removed && g.theme == null && g.atts.size() <= maxAttendees && !small.contains(g)) {
					small.add(g);
				}
			}
		}
		small.sort(Comparator.comparingInt((G g) -> g.atts.size()).thenComparingInt(g -> g.day));
		for (G g : small) {
			if (g.removed) {
				continue;
			}
			List<Object[]> moves = new ArrayList<>();
			boolean all = true;
			for (int r : g.atts) {
				G target = null;
				int targetInn = -1, bestRoom = Integer.MAX_VALUE;
				for (Prepared.Cand c : p.cands[r]) {
					if (hostPart[p.innHost[c.inn()]] != part) {
						continue;
					}
					for (G o : byHost.get(p.innHost[c.inn()])) {
						if (o == g || o.removed) {
							continue;
						}
						int room = roomFor(o, r, c.inn());
						if (room >= 0 && room < bestRoom) {
							target = o;
							targetInn = c.inn();
							bestRoom = room;
						}
					}
				}
				if (target == null) {
					all = false;
					break;
				}
				boolean newInn = !target.inns.contains(targetInn);
				add(target, r, targetInn);
				moves.add(new Object[] { target, r, newInn ? targetInn : -1 });
			}
			if (!all) {
				for (int k = moves.size() - 1; k >= 0; k--) {
					G target = (G) moves.get(k)[0];
					int r = (Integer) moves.get(k)[1];
					int inn = (Integer) moves.get(k)[2];
					target.atts.remove((Integer) r);
					target.people -= p.people[r];
					if (inn >= 0) {
						target.inns.remove((Integer) inn);
					}
					assigned[r] = g;
				}
				continue;
			}
			g.atts.clear();
			remove(g);
			for (Object[] m : moves) {
				assigned[(Integer) m[1]] = (G) m[0];
			}
		}
	}

	/** A group gathering everyone could join online becomes a virtual session: fewer host-days, nobody travels. */
	void preferVirtual(List<Integer> hosts) {
		for (int h : hosts) {
			for (G g : new ArrayList<>(byHost.get(h))) {
				// A body asked for a themed meeting in person; it stays one.
				if (g.fixed || g.removed || g.theme != null || !g.kind.inPerson() || g.hosts.get(0) != h) {
					continue;
				}
				boolean ok = g.atts.stream().allMatch(r -> (p.fmt[r] & Prepared.VS) != 0)
						&& g.inns.stream().allMatch(i -> (p.innFmt[i] & Prepared.VS) != 0);
				if (!ok) {
					continue;
				}
				int venue = g.venue;
				GatheringKind kind = g.kind;
				g.venue = -1;
				g.kind = GatheringKind.VIRTUAL_SESSION;
				if (g.people > capacity(g, -1)) {
					g.venue = venue;
					g.kind = kind;
				}
			}
		}
	}
}
