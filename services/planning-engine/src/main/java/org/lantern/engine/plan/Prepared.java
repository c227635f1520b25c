package org.lantern.engine.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Format;

/**
 * The problem turned into arrays the solver can walk quickly: requests, innovations and host councils by index, each
 * request's usable proposals, distances between the councils involved and the working days of the horizon.
 */
final class Prepared {

	static final int HV = bit(Format.HOSTED_VISIT), OD = bit(Format.OPEN_DAY), NM = bit(Format.NETWORK_MEETING),
			VS = bit(Format.VIRTUAL);

	/**
	 * A proposal whose relevance (the matcher's text-and-service-area fit, before distance, evidence and the like)
	 * is below this is never used to place a seeker. The matcher proposes from 0.21 so a council sees weak leads
	 * too; sending a delegation is a bigger commitment than reading a suggestion. Chosen on generated workloads of
	 * four request sets (the dev set and three written afterwards), judged for evaluation only: against 0.25 it
	 * places 264 more seekers with a relevant innovation for 41 more unrelated placements over 25 workloads; 0.21
	 * adds 155 more relevant but 126 more unrelated. Relevance alone does not separate the two below 0.35.
	 */
	static final double MIN_PLACEMENT_RELEVANCE = 0.23;

	/**
	 * Below this relevance a proposal places a seeker only if it covers every service area the request named: a
	 * weak text match in a neighbouring service is a guess. On the same workloads the proposals this refuses were
	 * 31 placements, 25 judged unrelated, 6 partial and none relevant.
	 */
	static final double WEAK_RELEVANCE = 0.28;

	/**
	 * A proposal places a seeker only if its relevance is at least this share of the best relevance anywhere in the
	 * catalogue, reachable or not (the matcher's {@code bestRelevance}). When the innovation that answers a need is
	 * out of reach, the matcher still proposes the best it can reach, and that is often a different subject: a
	 * shared-apprenticeship need offered a construction-procurement partnership. Sending the delegation there is
	 * worse than telling it its host is out of reach. Chosen on the 80 generated workloads of sixteen request sets,
	 * judged for evaluation only: 0.65 leaves 331 of 767 unrelated placements out for 37 fewer relevant ones (of
	 * 27,234); 0.6 removes 299 for 22 and 0.75 removes 382 for 235.
	 */
	static final double SHARE_OF_BEST = 0.65;

	/** One innovation the request may be placed with. */
	record Cand(int inn, double score, boolean primary, Map<String, Object> reasons) {
	}

	final PlanningProblem problem;

	final EngineRequest[] req;

	final int[] seeker;

	final int[] from;

	final int[] to;

	final int[] fmt;

	final int[] people;

	final double[] maxKm;

	final Cand[][] cands;

	/**
	 * Per request, the proposals it may also be placed with once every round is done and it is still unserved (see
	 * {@link PlannerOptions#rescueRelevance()}, and deeper ones a remembered need vouches for); they come after its
	 * candidates, never before.
	 */
	final Cand[][] reserve;

	/** Why a request cannot be served whatever the capacity, or null when it could be. */
	final String[] hopeless;

	final EngineInnovation[] inn;

	final int[] innHost;

	final int[] innFmt;

	final int[] innCap;

	final Map<String, Integer> innIndex = new HashMap<>();

	/** Host councils: councils hosting at least one innovation. */
	final List<Integer> hostCouncil = new ArrayList<>();

	final int[] hostOf;

	final String[] hostRegion;

	final int[] hostQuarterCap;

	final List<List<Integer>> hostInns = new ArrayList<>();

	private final List<Set<Integer>> hostBlackout = new ArrayList<>();

	final Map<String, Integer> hostIndex = new HashMap<>();

	/** Councils involved (seekers and hosts), by index. */
	final List<Council> council = new ArrayList<>();

	final Map<String, Integer> councilIndex = new HashMap<>();

	private final double[][] km;

	final int dayLo;

	final int dayHi;

	private final BitSet working = new BitSet();

	private final int[] quarter;

	final ThemeRequest[] theme;

	/** Per theme request: the innovations that may present on it, best first, already in its region. */
	final Cand[][] themeCands;

	Prepared(PlanningProblem problem, Map<String, Ranking> rankings, PlannerOptions options) {
		this(problem, rankings, Map.of(), options);
	}

	Prepared(PlanningProblem problem, Map<String, Ranking> rankings, Map<String, List<MatchResult>> themeMatches,
			PlannerOptions options) {
		this.problem = problem;
		List<EngineInnovation> innovations = problem.innovations();
		this.inn = innovations.toArray(EngineInnovation[]::new);
		this.innHost = new int[inn.length];
		this.innFmt = new int[inn.length];
		this.innCap = new int[inn.length];
		Map<String, Integer> quarterCap = new LinkedHashMap<>();
		for (int i = 0; i < inn.length; i++) {
			innIndex.put(inn[i].id(), i);
			HostingOffer offer = inn[i].effectiveOffer();
			innFmt[i] = mask(offer.formats());
			innCap[i] = offer.maxVisitorsPerGathering();
			String host = inn[i].hostCouncil();
			Integer h = hostIndex.get(host);
			if (h == null) {
				h = hostCouncil.size();
				hostIndex.put(host, h);
				hostCouncil.add(councilIndex(host));
				hostInns.add(new ArrayList<>());
				hostBlackout.add(new HashSet<>());
			}
			innHost[i] = h;
			hostInns.get(h).add(i);
			// The cap belongs to the council: the most generous of its offers, not their sum.
			quarterCap.merge(host, offer.maxGatheringsPerQuarter(), Math::max);
			if (offer.blackoutDates() != null) {
				for (LocalDate d : offer.blackoutDates()) {
					hostBlackout.get(h).add((int) d.toEpochDay());
				}
			}
		}
		int hosts = hostCouncil.size();
		this.hostOf = new int[hosts];
		this.hostRegion = new String[hosts];
		this.hostQuarterCap = new int[hosts];
		for (int h = 0; h < hosts; h++) {
			Council c = council.get(hostCouncil.get(h));
			hostOf[h] = hostCouncil.get(h);
			hostRegion[h] = c.region() == null ? "" : c.region();
			hostQuarterCap[h] = quarterCap.get(c.code());
		}

		List<EngineRequest> requests = problem.requests();
		this.req = requests.toArray(EngineRequest[]::new);
		int n = req.length;
		this.seeker = new int[n];
		this.from = new int[n];
		this.to = new int[n];
		this.fmt = new int[n];
		this.people = new int[n];
		this.maxKm = new double[n];
		this.cands = new Cand[n][];
		this.reserve = new Cand[n][];
		this.hopeless = new String[n];
		int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
		for (int r = 0; r < n; r++) {
			EngineRequest q = req[r];
			seeker[r] = councilIndex(q.seekerCouncil());
			fmt[r] = mask(q.formats());
			people[r] = Math.max(1, q.attendees());
			maxKm[r] = q.maxTravelKm();
			if (q.window() == null || q.window().from() == null || q.window().to() == null) {
				from[r] = 1;
				to[r] = 0;
			}
			else {
				from[r] = (int) q.window().from().toEpochDay();
				to[r] = (int) q.window().to().toEpochDay();
				if (from[r] <= to[r]) {
					lo = Math.min(lo, from[r]);
					hi = Math.max(hi, to[r]);
				}
			}
		}
		this.theme = problem.themes().toArray(ThemeRequest[]::new);
		this.themeCands = new Cand[theme.length][];
		for (int t = 0; t < theme.length; t++) {
			List<Cand> out = new ArrayList<>();
			for (MatchResult m : themeMatches.getOrDefault(theme[t].id(), List.of())) {
				Integer i = innIndex.get(m.innovationId());
				if (i != null && (innFmt[i] & NM) != 0 && relevance(m) >= MIN_PLACEMENT_RELEVANCE) {
					out.add(new Cand(i, m.score(), true, m.reasons()));
				}
			}
			themeCands[t] = out.toArray(Cand[]::new);
			if (!theme[t].from().isAfter(theme[t].to())) {
				lo = Math.min(lo, (int) theme[t].from().toEpochDay());
				hi = Math.max(hi, (int) theme[t].to().toEpochDay());
			}
		}
		if (lo > hi) {
			lo = (int) LocalDate.of(2027, 1, 1).toEpochDay();
			hi = lo;
		}
		this.dayLo = lo;
		this.dayHi = hi;
		this.quarter = new int[hi - lo + 1];
		for (int d = lo; d <= hi; d++) {
			LocalDate date = LocalDate.ofEpochDay(d);
			quarter[d - lo] = Quarters.key(date);
			if (WorkingDays.isWorkingDay(date)) {
				working.set(d - lo);
			}
		}
		int m = council.size();
		this.km = new double[m][m];
		for (int a = 0; a < m; a++) {
			for (int b = a + 1; b < m; b++) {
				km[a][b] = km[b][a] = council.get(a).distanceKmTo(council.get(b));
			}
		}
		for (int r = 0; r < n; r++) {
			buildCandidates(r, rankings.get(req[r].id()), options);
		}
	}

	private void buildCandidates(int r, Ranking ranking, PlannerOptions options) {
		reserve[r] = new Cand[0];
		if (ranking == null || !ranking.matched()) {
			cands[r] = new Cand[0];
			hopeless[r] = ranking != null && Ranking.NO_REACHABLE_HOST.equals(ranking.unmatchedReason())
					? Unserved.NO_REACHABLE_HOST : Unserved.NO_RELEVANT_INNOVATION;
			return;
		}
		double best = ranking.matches().get(0).score();
		double firstRelevance = relevance(ranking.matches().get(0));
		List<Cand> out = new ArrayList<>();
		List<Cand> looser = new ArrayList<>();
		List<Cand> remembered = new ArrayList<>();
		for (MatchResult m : ranking.matches()) {
			Integer i = innIndex.get(m.innovationId());
			if (i == null || !placeable(m) || !reachable(r, i)) {
				continue;
			}
			if (out.size() >= options.topK() || m.score() < options.relativeScore() * best) {
				// Deeper in the ranking, a proposal is a reserve only when a remembered need vouches for it: an
				// officer asked for something like this and was judged answered by that innovation. Text likeness
				// alone placed about one seeker with an unrelated innovation for every three placed relevantly
				// there; this, one in nine.
				if (reason(m, "answeredNeed", 0) > 0) {
					remembered.add(new Cand(i, m.score(), false, m.reasons()));
				}
			}
			else if (relevance(m) >= options.fallbackRelevance() * firstRelevance) {
				out.add(new Cand(i, m.score(), out.isEmpty() || m.score() >= options.primaryScore() * best,
						m.reasons()));
			}
			else if (relevance(m) >= options.rescueRelevance() * firstRelevance) {
				looser.add(new Cand(i, m.score(), false, m.reasons()));
			}
		}
		// Looser seconds take only the places the candidates leave, so the candidates are exactly what they were
		// without them; vouched-for ones fill the reserves up to the same count.
		List<Cand> rescue = new ArrayList<>(looser.subList(0, Math.min(looser.size(), options.topK() - out.size())));
		remembered.stream().limit(Math.max(0, options.topK() - rescue.size())).forEach(rescue::add);
		cands[r] = out.toArray(Cand[]::new);
		if (out.isEmpty()) {
			// A better innovation the matcher could not propose is one the seeker cannot reach.
			boolean anyRelevant = ranking.matches().stream()
				.anyMatch(m -> placeable(m) || betterOutOfReach(m));
			hopeless[r] = anyRelevant ? Unserved.NO_REACHABLE_HOST : Unserved.NO_RELEVANT_INNOVATION;
		}
		else {
			reserve[r] = rescue.toArray(Cand[]::new);
		}
	}

	/**
	 * Whether the matcher's proposal is relevant enough to send a seeker to: relevant in itself, and not a far second
	 * to an innovation the seeker cannot reach.
	 */
	static boolean placeable(MatchResult m) {
		double relevance = relevance(m);
		return relevance >= MIN_PLACEMENT_RELEVANCE
				&& (relevance >= WEAK_RELEVANCE || reason(m, "serviceAreaFit", 1.0) >= 1.0)
				&& relevance >= SHARE_OF_BEST * reason(m, "bestRelevance", relevance);
	}

	/** Whether the catalogue holds a clearly relevant innovation for the need that fits it better than this one. */
	private static boolean betterOutOfReach(MatchResult m) {
		double best = reason(m, "bestRelevance", 0);
		return best > relevance(m) && best >= WEAK_RELEVANCE;
	}

	/** The matcher's relevance reason; a proposal without one counts as relevant (the matcher chose it). */
	static double relevance(MatchResult m) {
		return reason(m, "relevance", 1.0);
	}

	private static double reason(MatchResult m, String name, double otherwise) {
		Object v = m.reasons() == null ? null : m.reasons().get(name);
		return v instanceof Number n ? n.doubleValue() : otherwise;
	}

	/**
	 * Whether the host of the innovation could meet the seeker at all: a kind both accept, within reach in person, on
	 * some working day of the window the host has not blacked out. A network meeting's venue may be another host of
	 * the region, so reach is not required for it here; the solver checks the venue.
	 */
	private boolean reachable(int r, int i) {
		int common = fmt[r] & innFmt[i];
		if (common == 0) {
			return false;
		}
		double d = km(seeker[r], hostOf[innHost[i]]);
		boolean inPersonOk = d <= maxKm[r] && (common & (HV | OD)) != 0;
		boolean ok = inPersonOk || (common & (VS | NM)) != 0;
		if (!ok) {
			return false;
		}
		for (int day = Math.max(from[r], dayLo); day <= Math.min(to[r], dayHi); day++) {
			if (open(innHost[i], day)) {
				return true;
			}
		}
		return false;
	}

	int councilIndex(String code) {
		Integer i = councilIndex.get(code);
		if (i == null) {
			i = council.size();
			councilIndex.put(code, i);
			council.add(problem.councils().get(code));
		}
		return i;
	}

	double km(int councilA, int councilB) {
		return km[councilA][councilB];
	}

	/** A working day the host has not blacked out. */
	boolean open(int host, int day) {
		return day >= dayLo && day <= dayHi && working.get(day - dayLo) && !hostBlackout.get(host).contains(day);
	}

	boolean working(int day) {
		return day >= dayLo && day <= dayHi && working.get(day - dayLo);
	}

	boolean blackout(int host, int day) {
		return hostBlackout.get(host).contains(day);
	}

	int quarterOf(int day) {
		if (day >= dayLo && day <= dayHi) {
			return quarter[day - dayLo];
		}
		return Quarters.key(LocalDate.ofEpochDay(day));
	}

	int hosts() {
		return hostCouncil.size();
	}

	String code(int councilIdx) {
		return council.get(councilIdx).code();
	}

	static int bit(Format f) {
		return 1 << f.ordinal();
	}

	static int bit(GatheringKind k) {
		return bit(k.format());
	}

	static int mask(List<Format> formats) {
		int m = 0;
		if (formats != null) {
			for (Format f : formats) {
				m |= bit(f);
			}
		}
		return m;
	}
}
