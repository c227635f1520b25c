package org.lantern.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two plans Lantern's figures are compared with. Both respect every hard constraint (they are checked like any
 * plan); they differ from Lantern's planner only in how they bundle.
 */
final class Baselines {

	private static final GatheringKind[] NAIVE_KINDS = { GatheringKind.HOSTED_VISIT, GatheringKind.OPEN_DAY,
			GatheringKind.VIRTUAL_SESSION };

	private static final GatheringKind[] FIRST_FIT_KINDS = { GatheringKind.OPEN_DAY, GatheringKind.VIRTUAL_SESSION,
			GatheringKind.HOSTED_VISIT };

	private Baselines() {
	}

	/** Today's practice: each request, in arrival order, gets its own visit to the best match that can still host it. */
	static void naive(Prepared p, Solver s) {
		for (int r = 0; r < p.req.length; r++) {
			if (p.hopeless[r] != null) {
				continue;
			}
			for (Prepared.Cand c : p.cands[r]) {
				Solver.G g = open(p, s, r, c.inn(), NAIVE_KINDS);
				if (g != null) {
					s.commit(g);
					break;
				}
			}
		}
	}

	/**
	 * First-fit group gatherings per innovation: innovations in catalogue order; each one's requests (those for which
	 * it is the best match) by window start join the first of its gatherings they fit, else open a new one on the
	 * earliest day they can.
	 */
	static void firstFit(Prepared p, Solver s) {
		Map<Integer, List<Integer>> byInn = new HashMap<>();
		for (int r = 0; r < p.req.length; r++) {
			if (p.hopeless[r] == null) {
				byInn.computeIfAbsent(p.cands[r][0].inn(), x -> new ArrayList<>()).add(r);
			}
		}
		for (int i = 0; i < p.inn.length; i++) {
			List<Integer> requests = byInn.getOrDefault(i, new ArrayList<>());
			requests.sort(Comparator.comparingInt((Integer r) -> p.from[r]).thenComparingInt(r -> r));
			List<Solver.G> mine = new ArrayList<>();
			for (int r : requests) {
				boolean placed = false;
				for (Solver.G g : mine) {
					if (s.roomFor(g, r, i) >= 0) {
						s.add(g, r, i);
						placed = true;
						break;
					}
				}
				if (!placed) {
					Solver.G g = open(p, s, r, i, FIRST_FIT_KINDS);
					if (g != null) {
						s.commit(g);
						mine.add(g);
					}
				}
			}
		}
	}

	/** A new gathering for one request on the earliest day it and the host can make, in the first kind that works. */
	private static Solver.G open(Prepared p, Solver s, int r, int inn, GatheringKind[] kinds) {
		int h = p.innHost[inn];
		for (GatheringKind kind : kinds) {
			int bit = Prepared.bit(kind);
			if ((p.fmt[r] & bit) == 0 || (p.innFmt[inn] & bit) == 0 || p.people[r] > p.innCap[inn]
					|| (kind.inPerson() && p.km(p.seeker[r], p.hostOf[h]) > p.maxKm[r])) {
				continue;
			}
			for (int d = Math.max(p.from[r], p.dayLo); d <= Math.min(p.to[r], p.dayHi); d++) {
				if (p.open(h, d) && s.slotFree(h, d)) {
					Solver.G g = new Solver.G();
					g.kind = kind;
					g.day = d;
					g.venue = kind.inPerson() ? h : -1;
					g.hosts.add(h);
					g.inns.add(inn);
					g.atts.add(r);
					g.people = p.people[r];
					return g;
				}
			}
		}
		return null;
	}
}
