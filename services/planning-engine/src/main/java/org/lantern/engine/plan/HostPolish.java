package org.lantern.engine.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact re-plan of a popular host: once the greedy is done, each host that seekers still wait for has its own
 * gatherings (open days, virtual sessions, hosted visits) planned again by CP-SAT, together with its waiting seekers.
 * The model may also choose network meetings at a venue of the region that has a slot to spare (a lent room, where a
 * popular host with a small room presents to more), which the greedy only reaches one gathering at a time.
 *
 * <p>Everything else stays put: other hosts' gatherings, network meetings already planned, kept gatherings. The new
 * plan of the host is taken only when it is strictly better by the planner's objective (requests served, less
 * {@link #HOST_DAY_WEIGHT} per host-day), so the polish never serves fewer for the same host-days. Gatherings of the
 * model hold one innovation each (a mixed one's room is its smallest), and their days are, per quarter, those whose
 * set of possible attendees no other day's set contains, which loses nothing.
 */
final class HostPolish {

	/**
	 * A host-day weighs as one request served: a plan that serves one more seeker for one more host-day is no better.
	 * The greedy weighs host-days at 0.3, but here a lent room costs 1.5 host-days and the bar asks for 5 seekers per
	 * host-day. Over the 100 workloads of the twenty older sets, a weight of 1 placed 348 more seekers relevantly with
	 * 124 fewer host-days; 0.6 placed 800 more, but seekers per host-day fell from 5.14 to 4.95.
	 */
	private static final double HOST_DAY_WEIGHT = 1.0;

	/** CP-SAT wants integers: a request served is worth 20 units, so a virtual host's quarter host-day is 5. */
	private static final int UNITS_PER_REQUEST = 20;

	/** Seekers a lent-room network meeting must draw, as for a co-presenter in the greedy. */
	private static final int MIN_SEEKERS_PER_MEETING = 2;

	/** A host whose model would be larger than this is left as the greedy planned it (bounded time at scale). */
	private static final int MAX_ASSIGNMENTS = 2500;

	/**
	 * CP-SAT's deterministic time per host, so that a plan does not depend on the machine's speed; the best plan found
	 * by then is used when it is better than the greedy's, proven optimal or not.
	 */
	private static final double WORK_PER_HOST = 0.2;

	private static volatile Boolean available;

	private final Solver s;

	private final Prepared p;

	HostPolish(Solver s) {
		this.s = s;
		this.p = s.p;
	}

	/** Whether CP-SAT's native library loads on this machine; without it the greedy's plan stands. */
	static boolean available() {
		if (available == null) {
			synchronized (HostPolish.class) {
				if (available == null) {
					try {
						Loader.loadNativeLibraries();
						available = true;
					}
					catch (RuntimeException | LinkageError e) {
						available = false;
					}
				}
			}
		}
		return available;
	}

	/** One possible gathering: its kind, venue host, day, the host's innovation and who could come. */
	private record Option(GatheringKind kind, int venue, int venueInn, int day, int inn, List<Integer> who) {
	}

	/** Re-plans every host of the partition that requests offered to it still wait for, most awaited first. */
	void polish(List<Integer> hosts, List<Integer> offered) {
		Map<Integer, Set<Integer>> waiting = new LinkedHashMap<>();
		Set<Integer> inPartition = new HashSet<>(hosts);
		for (int r : offered) {
			if (s.assigned[r] != null) {
				continue;
			}
			for (Prepared.Cand c : p.cands[r]) {
				int h = p.innHost[c.inn()];
				if (inPartition.contains(h)) {
					waiting.computeIfAbsent(h, k -> new LinkedHashSet<>()).add(r);
				}
			}
		}
		// Venue to the network-meeting innovation it would present when lending its room, in the partition's order.
		Map<Integer, Integer> lentRooms = new LinkedHashMap<>();
		for (int v : hosts) {
			int inn = lentRoom(v);
			if (inn >= 0) {
				lentRooms.put(v, inn);
			}
		}
		List<Integer> order = new ArrayList<>(waiting.keySet());
		order.sort(Comparator.<Integer>comparingInt(h -> -waiting.get(h).size()).thenComparingInt(h -> h));
		for (int h : order) {
			polishHost(h, lentRooms, waiting.get(h));
		}
	}

	private void polishHost(int h, Map<Integer, Integer> lentRooms, Set<Integer> waitingFor) {
		List<Solver.G> mine = new ArrayList<>();
		for (Solver.G g : s.gatheringsOf(h)) {
			if (g.unpinnedSingleHost() && g.kind != GatheringKind.NETWORK_MEETING) {
				mine.add(g);
			}
		}
		List<Integer> pool = new ArrayList<>();
		long before = 0;
		for (Solver.G g : mine) {
			pool.addAll(g.atts);
			before += (long) UNITS_PER_REQUEST * g.atts.size() - units(cost(g.kind));
		}
		for (int r : waitingFor) {
			// An earlier host's re-plan may have placed it; the host's own attendees are placed, so never here twice.
			if (s.assigned[r] == null) {
				pool.add(r);
			}
		}
		for (Solver.G g : mine) {
			s.remove(g);
		}
		List<Option> options = options(h, lentRooms, pool);
		List<Option> chosen = options.isEmpty() ? null : solve(h, options, before);
		if (chosen == null) {
			mine.forEach(s::commit);
			return;
		}
		for (Option o : chosen) {
			s.commit(gathering(h, o));
		}
	}

	private static long units(double hostDays) {
		return Math.round(hostDays * HOST_DAY_WEIGHT * UNITS_PER_REQUEST);
	}

	/** Host-days of a gathering of the host's own, or of a lent-room meeting (the venue and the host). */
	private static double cost(GatheringKind kind) {
		return Solver.cost(kind, kind == GatheringKind.NETWORK_MEETING ? 2 : 1);
	}

	private Solver.G gathering(int h, Option o) {
		Solver.G g = new Solver.G();
		g.kind = o.kind();
		g.day = o.day();
		if (o.kind() == GatheringKind.NETWORK_MEETING) {
			g.venue = o.venue();
			g.hosts.add(o.venue());
			g.hosts.add(h);
			g.inns.add(o.venueInn());
		}
		else {
			g.venue = o.kind().inPerson() ? h : -1;
			g.hosts.add(h);
		}
		for (int r : o.who()) {
			s.add(g, r, o.inn());
		}
		return g;
	}

	// ---------------------------------------------------------------- options

	private List<Option> options(int h, Map<Integer, Integer> lentRooms, List<Integer> pool) {
		List<Option> out = new ArrayList<>();
		for (int i : p.hostInns.get(h)) {
			List<Integer> comers = new ArrayList<>();
			for (int r : pool) {
				for (Prepared.Cand c : p.cands[r]) {
					if (c.inn() == i) {
						comers.add(r);
						break;
					}
				}
			}
			if (comers.isEmpty()) {
				continue;
			}
			for (GatheringKind kind : GatheringKind.values()) {
				int kbit = Prepared.bit(kind);
				if ((p.innFmt[i] & kbit) == 0) {
					continue;
				}
				if (kind == GatheringKind.NETWORK_MEETING) {
					for (Map.Entry<Integer, Integer> venue : lentRooms.entrySet()) {
						int v = venue.getKey(), venueInn = venue.getValue();
						if (v != h) {
							addDays(out, kind, h, v, venueInn, i, eligible(comers, kbit, v));
						}
					}
				}
				else {
					List<Integer> who = eligible(comers, kbit, kind.inPerson() ? h : -1);
					if (kind == GatheringKind.HOSTED_VISIT) {
						hostedVisits(out, h, i, who);
					}
					else {
						addDays(out, kind, h, h, -1, i, who);
					}
				}
			}
		}
		return out;
	}

	/** The venue's network-meeting innovation with the biggest room, or -1 when it holds none. */
	private int lentRoom(int v) {
		int best = -1;
		for (int i : p.hostInns.get(v)) {
			if ((p.innFmt[i] & Prepared.NM) != 0 && (best < 0 || p.innCap[i] > p.innCap[best])) {
				best = i;
			}
		}
		return best;
	}

	private List<Integer> eligible(List<Integer> comers, int kbit, int venue) {
		List<Integer> out = new ArrayList<>();
		for (int r : comers) {
			if ((p.fmt[r] & kbit) != 0 && (venue < 0 || p.km(p.seeker[r], p.hostOf[venue]) <= p.maxKm[r])) {
				out.add(r);
			}
		}
		return out;
	}

	private boolean usable(int h, int v, int day) {
		return p.open(h, day) && s.slotFree(h, day) && (v == h || (p.open(v, day) && s.slotFree(v, day)));
	}

	private void hostedVisits(List<Option> out, int h, int i, List<Integer> who) {
		for (int r : who) {
			Map<Integer, Integer> firstDayOfQuarter = new LinkedHashMap<>();
			for (int d = Math.max(p.from[r], p.dayLo); d <= Math.min(p.to[r], p.dayHi); d++) {
				if (usable(h, h, d)) {
					firstDayOfQuarter.putIfAbsent(p.quarterOf(d), d);
				}
			}
			for (int d : firstDayOfQuarter.values()) {
				out.add(new Option(GatheringKind.HOSTED_VISIT, h, -1, d, i, List.of(r)));
			}
		}
	}

	/**
	 * One option per day whose set of possible attendees is not contained in another day's set of the same quarter:
	 * any gathering on a dominated day could move to the dominating one.
	 */
	private void addDays(List<Option> out, GatheringKind kind, int h, int v, int venueInn, int i, List<Integer> who) {
		if (who.isEmpty()) {
			return;
		}
		// Per quarter: each distinct set of possible attendees, with its first day.
		Map<Integer, Map<BitSet, Integer>> dayOf = new LinkedHashMap<>();
		int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
		for (int r : who) {
			lo = Math.min(lo, Math.max(p.from[r], p.dayLo));
			hi = Math.max(hi, Math.min(p.to[r], p.dayHi));
		}
		for (int d = lo; d <= hi; d++) {
			if (!usable(h, v, d)) {
				continue;
			}
			BitSet set = new BitSet();
			for (int k = 0; k < who.size(); k++) {
				int r = who.get(k);
				if (p.from[r] <= d && d <= p.to[r]) {
					set.set(k);
				}
			}
			if (!set.isEmpty()) {
				dayOf.computeIfAbsent(p.quarterOf(d), q -> new LinkedHashMap<>()).putIfAbsent(set, d);
			}
		}
		for (Map<BitSet, Integer> quarter : dayOf.values()) {
			addUndominated(out, kind, v, venueInn, i, who, quarter);
		}
	}

	private void addUndominated(List<Option> out, GatheringKind kind, int v, int venueInn, int i, List<Integer> who,
			Map<BitSet, Integer> dayOf) {
		List<BitSet> sets = new ArrayList<>(dayOf.keySet());
		sets.sort(Comparator.<BitSet>comparingInt(b -> -b.cardinality()).thenComparingInt(dayOf::get));
		List<BitSet> kept = new ArrayList<>();
		for (BitSet set : sets) {
			int d = dayOf.get(set);
			boolean dominated = false;
			for (BitSet other : kept) {
				BitSet rest = (BitSet) set.clone();
				rest.andNot(other);
				if (rest.isEmpty()) {
					dominated = true;
					break;
				}
			}
			if (dominated || (kind == GatheringKind.NETWORK_MEETING && set.cardinality() < MIN_SEEKERS_PER_MEETING)) {
				continue;
			}
			kept.add(set);
			List<Integer> members = new ArrayList<>();
			set.stream().forEach(k -> members.add(who.get(k)));
			out.add(new Option(kind, v, venueInn, d, i, members));
		}
	}

	// ---------------------------------------------------------------- model

	/** The best plan of the host's gatherings, or null when it is no better than the one it had. */
	private List<Option> solve(int h, List<Option> options, long before) {
		int assignments = options.stream().mapToInt(o -> o.who().size()).sum();
		if (assignments > MAX_ASSIGNMENTS) {
			return null;
		}
		CpModel model = new CpModel();
		BoolVar[] open = new BoolVar[options.size()];
		Map<Integer, List<BoolVar>> byRequest = new LinkedHashMap<>();
		Map<Long, List<BoolVar>> bySlot = new LinkedHashMap<>();
		Map<Long, Integer> slotCap = new HashMap<>();
		List<List<BoolVar>> attend = new ArrayList<>();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int k = 0; k < options.size(); k++) {
			Option o = options.get(k);
			open[k] = model.newBoolVar("o" + k);
			List<BoolVar> xs = new ArrayList<>();
			LinearExprBuilder seats = LinearExpr.newBuilder();
			LinearExprBuilder heads = LinearExpr.newBuilder();
			for (int r : o.who()) {
				BoolVar x = model.newBoolVar("x" + k + "_" + r);
				xs.add(x);
				model.addImplication(x, open[k]);
				seats.addTerm(x, p.people[r]);
				heads.add(x);
				byRequest.computeIfAbsent(r, key -> new ArrayList<>()).add(x);
				objective.addTerm(x, UNITS_PER_REQUEST);
			}
			attend.add(xs);
			// A lent-room meeting holds the venue's room; the host's own gathering, its innovation's.
			int room = p.innCap[o.kind() == GatheringKind.NETWORK_MEETING ? o.venueInn() : o.inn()];
			model.addLessOrEqual(seats, LinearExpr.term(open[k], room));
			if (o.kind() == GatheringKind.NETWORK_MEETING) {
				model.addGreaterOrEqual(heads, LinearExpr.term(open[k], MIN_SEEKERS_PER_MEETING));
			}
			objective.addTerm(open[k], -units(cost(o.kind())));
			int q = p.quarterOf(o.day());
			addSlot(bySlot, slotCap, h, q, open[k]);
			if (o.kind() == GatheringKind.NETWORK_MEETING) {
				addSlot(bySlot, slotCap, o.venue(), q, open[k]);
			}
		}
		for (List<BoolVar> xs : byRequest.values()) {
			model.addAtMostOne(xs.toArray(Literal[]::new));
		}
		for (Map.Entry<Long, List<BoolVar>> e : bySlot.entrySet()) {
			model.addLessOrEqual(LinearExpr.sum(e.getValue().toArray(BoolVar[]::new)), slotCap.get(e.getKey()));
		}
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(1);
		solver.getParameters().setRandomSeed(1);
		solver.getParameters().setMaxDeterministicTime(WORK_PER_HOST);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return null;
		}
		if (solver.objectiveValue() <= before + 1e-6) {
			return null;
		}
		List<Option> chosen = new ArrayList<>();
		for (int k = 0; k < options.size(); k++) {
			if (!solver.booleanValue(open[k])) {
				continue;
			}
			Option o = options.get(k);
			List<Integer> who = new ArrayList<>();
			for (int j = 0; j < o.who().size(); j++) {
				if (solver.booleanValue(attend.get(k).get(j))) {
					who.add(o.who().get(j));
				}
			}
			if (!who.isEmpty()) {
				chosen.add(new Option(o.kind(), o.venue(), o.venueInn(), o.day(), o.inn(), who));
			}
		}
		return chosen;
	}

	private void addSlot(Map<Long, List<BoolVar>> bySlot, Map<Long, Integer> slotCap, int host, int quarter,
			BoolVar open) {
		long key = ((long) host << 32) | (quarter & 0xffffffffL);
		bySlot.computeIfAbsent(key, k -> new ArrayList<>()).add(open);
		slotCap.putIfAbsent(key, p.hostQuarterCap[host] - s.used(host, quarter));
	}
}
