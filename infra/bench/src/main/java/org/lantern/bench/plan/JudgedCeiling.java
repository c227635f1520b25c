package org.lantern.bench.plan;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.plan.JudgedEvaluation.Reach;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.plan.GatheringKind;
import org.lantern.engine.plan.Quarters;
import org.lantern.shared.events.HostingOffer;

/**
 * How many requests any plan could place with an innovation judged relevant (2 or better), whatever the matcher
 * proposes: an upper bound, so that a plan's served share can be read against what the hosts' caps and rooms allow
 * rather than against every request as if capacity were endless.
 * <p>
 * It is the optimum of a relaxation of the contract, solved as a mixed-integer programme (SCIP through OR-Tools,
 * which the planner already loads for CP-SAT). Gatherings are counted per host, kind and calendar quarter, not per
 * day: a request may use a quarter in which its window has a working day the host has not blacked out. Each of a
 * council's gatherings takes one of its quarterly slots; a seeker party fills {@code people / room} of an open day or
 * virtual session, the room being its innovation's (a gathering showing several innovations holds the smallest of
 * their rooms, so this never under-counts what one holds), and a hosted visit a whole one. A network meeting takes a
 * slot of its venue, whose network-meeting room holds all its seekers, and one of each presenting host; it has a
 * presenter besides its venue, and a seeker must be within reach of that venue. What is relaxed: the day itself (two
 * seekers of one quarter share a gathering even when their windows do not meet), seats shared fractionally among
 * requests, and the venue's blackout days. So the true optimum is at most this, and a plan's relevant placements
 * never exceed it.
 *
 * @param ceiling requests that could be placed relevantly, at most
 * @param proven whether the solver proved its bound within its time; when not, the bound it reached is reported
 */
public record JudgedCeiling(int ceiling, boolean proven) {

	/** Wall-clock limit for one workload; the bound reached by then is still an upper bound. */
	private static final long TIME_LIMIT_MS = 60_000;

	private static final int RELEVANT = JudgedEvaluation.RELEVANT;

	/**
	 * Network meetings need a variable per presenting host, venue and quarter: a region's venues squared. Beyond this
	 * many (a 600-request workload over 90 innovations has a few thousand; 5,000 requests over 500 innovations, over
	 * a hundred thousand) the programme outgrows memory and time, and no ceiling is given.
	 */
	static final int MAX_PRESENTER_PAIRS = 20_000;

	/** The ceiling, or empty when the solver's native library does not load or the workload is too large for it. */
	public static Optional<JudgedCeiling> of(Dataset dataset, Map<String, Map<String, Integer>> judgments) {
		try {
			Loader.loadNativeLibraries();
		}
		catch (RuntimeException | LinkageError e) {
			return Optional.empty();
		}
		MPSolver solver = MPSolver.createSolver("SCIP");
		if (solver == null) {
			return Optional.empty();
		}
		solver.suppressOutput();
		try {
			return Optional.ofNullable(new Model(dataset, judgments, solver).solve());
		}
		finally {
			solver.delete();
		}
	}

	/** How a request attends a host's gathering: by its kind and, for a network meeting, the venue. */
	private record Mode(GatheringKind kind, String venue) {
	}

	private record HostQuarter(String host, String quarter) {
	}

	private record RegionQuarter(String region, String quarter) {
	}

	private static final class Model {

		private final Dataset dataset;

		private final Map<String, Map<String, Integer>> judgments;

		private final MPSolver solver;

		private final Reach reach;

		private final Map<String, EngineInnovation> innovations = new LinkedHashMap<>();

		private final Map<String, Integer> cap = new HashMap<>();

		/** A venue's network-meeting room: the biggest among its innovations that hold network meetings. */
		private final Map<String, Integer> meetingRoom = new HashMap<>();

		/**
		 * (host, quarter) to what each placement would fill in each mode: gatherings for a hosted visit, open day or
		 * virtual session (a share of the room), people for a network meeting (whose room is the venue's).
		 */
		private final Map<HostQuarter, Map<Mode, Map<MPVariable, Double>>> seats = new LinkedHashMap<>();

		Model(Dataset dataset, Map<String, Map<String, Integer>> judgments, MPSolver solver) {
			this.dataset = dataset;
			this.judgments = judgments;
			this.solver = solver;
			this.reach = new Reach(dataset);
			for (EngineInnovation i : dataset.innovations()) {
				innovations.put(i.id(), i);
				HostingOffer o = Reach.offer(i);
				cap.merge(i.hostCouncil(), o.maxGatheringsPerQuarter(), Math::max);
				if (Reach.offers(o, GatheringKind.NETWORK_MEETING)) {
					meetingRoom.merge(i.hostCouncil(), o.maxVisitorsPerGathering(), Math::max);
				}
			}
		}

		/** The ceiling, or null when the workload is too large to solve. */
		JudgedCeiling solve() {
			MPObjective objective = solver.objective();
			int placeable = 0;
			for (EngineRequest r : dataset.requests()) {
				List<MPVariable> xs = new ArrayList<>();
				for (Map.Entry<String, Integer> j : judgments.getOrDefault(r.id(), Map.of()).entrySet()) {
					EngineInnovation i = innovations.get(j.getKey());
					if (j.getValue() >= RELEVANT && i != null && r.window() != null && r.formats() != null) {
						for (String quarter : quarters(r, i.hostCouncil())) {
							for (Mode m : modes(r, i)) {
								MPVariable x = solver.makeNumVar(0, 1, "");
								xs.add(x);
								objective.setCoefficient(x, 1);
								seats.computeIfAbsent(new HostQuarter(i.hostCouncil(), quarter), k -> new LinkedHashMap<>())
									.computeIfAbsent(m, k -> new LinkedHashMap<>())
									.put(x, fill(m, r, i));
							}
						}
					}
				}
				if (!xs.isEmpty()) {
					placeable++;
					MPConstraint once = solver.makeConstraint(0, 1);
					xs.forEach(x -> once.setCoefficient(x, 1));
				}
			}
			if (presenterPairs() > MAX_PRESENTER_PAIRS) {
				return null;
			}
			slots();
			objective.setMaximization();
			solver.setTimeLimit(TIME_LIMIT_MS);
			MPSolver.ResultStatus status = solver.solve();
			boolean proven = status == MPSolver.ResultStatus.OPTIMAL;
			// Out of time, the solver's bound may still be the trivial one: no more than the requests it could place.
			double bound = proven ? objective.value()
					: status == MPSolver.ResultStatus.FEASIBLE ? objective.bestBound() : placeable;
			return new JudgedCeiling((int) Math.min(placeable, Math.floor(bound + 1e-6)), proven);
		}

		/** Regions and quarters in which some seeker could come to a network meeting. */
		private Set<RegionQuarter> meetingQuarters() {
			Set<RegionQuarter> out = new LinkedHashSet<>();
			seats.forEach((hq, modes) -> {
				if (modes.keySet().stream().anyMatch(m -> m.kind() == GatheringKind.NETWORK_MEETING)) {
					out.add(new RegionQuarter(reach.region(hq.host()), hq.quarter()));
				}
			});
			return out;
		}

		private long presenterPairs() {
			long pairs = 0;
			for (RegionQuarter rq : meetingQuarters()) {
				long venues = reach.networkVenues(rq.region()).size();
				pairs += venues * venues;
			}
			return pairs;
		}

		/** Gatherings per host and quarter, each within the host's quarterly cap, and their rooms. */
		private void slots() {
			Map<HostQuarter, MPConstraint> quarterCap = new HashMap<>();
			for (Map.Entry<HostQuarter, Map<Mode, Map<MPVariable, Double>>> e : seats.entrySet()) {
				for (Map.Entry<Mode, Map<MPVariable, Double>> m : e.getValue().entrySet()) {
					if (m.getKey().kind() == GatheringKind.NETWORK_MEETING) {
						continue;
					}
					MPVariable n = solver.makeIntVar(0, cap.get(e.getKey().host()), "");
					slotOf(quarterCap, e.getKey()).setCoefficient(n, 1);
					MPConstraint fits = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
					m.getValue().forEach(fits::setCoefficient);
					fits.setCoefficient(n, -1);
				}
			}
			for (RegionQuarter rq : meetingQuarters()) {
				String quarter = rq.quarter();
				Set<String> regionVenues = reach.networkVenues(rq.region());
				// Venue to the number of meetings held there this quarter.
				Map<String, MPVariable> meetings = new HashMap<>();
				for (String v : regionVenues) {
					MPVariable u = solver.makeIntVar(0, cap.get(v), "");
					meetings.put(v, u);
					slotOf(quarterCap, new HostQuarter(v, quarter)).setCoefficient(u, 1);
				}
				for (String v : regionVenues) {
					MPVariable u = meetings.get(v);
					MPConstraint room = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
					room.setCoefficient(u, -meetingRoom.get(v));
					// Every meeting has a presenter besides its venue.
					MPConstraint presenter = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
					presenter.setCoefficient(u, 1);
					for (String h : regionVenues) {
						Map<MPVariable, Double> theirs = seats.getOrDefault(new HostQuarter(h, quarter), Map.of())
							.getOrDefault(new Mode(GatheringKind.NETWORK_MEETING, v), Map.of());
						theirs.forEach(room::setCoefficient);
						if (h.equals(v)) {
							continue;
						}
						MPVariable pr = solver.makeIntVar(0, cap.get(h), "");
						slotOf(quarterCap, new HostQuarter(h, quarter)).setCoefficient(pr, 1);
						presenter.setCoefficient(pr, -1);
						MPConstraint atMost = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
						atMost.setCoefficient(pr, 1);
						atMost.setCoefficient(u, -1);
						// A host's seekers come only to the meetings it presents at.
						MPConstraint own = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
						theirs.forEach(own::setCoefficient);
						own.setCoefficient(pr, -meetingRoom.get(v));
					}
				}
			}
		}

		private MPConstraint slotOf(Map<HostQuarter, MPConstraint> quarterCap, HostQuarter hq) {
			return quarterCap.computeIfAbsent(hq, k -> solver.makeConstraint(0, cap.get(hq.host())));
		}

		/** Quarters in which the window has a working day the host has not blacked out. */
		private Set<String> quarters(EngineRequest r, String host) {
			return reach.openDays(r, host, host).map(Quarters::of).collect(Collectors.toCollection(LinkedHashSet::new));
		}

		private List<Mode> modes(EngineRequest r, EngineInnovation i) {
			HostingOffer o = Reach.offer(i);
			String host = i.hostCouncil();
			List<Mode> out = new ArrayList<>();
			for (GatheringKind kind : GatheringKind.values()) {
				if (!r.formats().contains(kind.format()) || !Reach.offers(o, kind)) {
					continue;
				}
				if (kind == GatheringKind.NETWORK_MEETING) {
					for (String v : reach.networkVenues(reach.region(host))) {
						if (reach.within(r, v)) {
							out.add(new Mode(kind, v));
						}
					}
				}
				else if (!kind.inPerson() || reach.within(r, host)) {
					out.add(new Mode(kind, null));
				}
			}
			return out;
		}

		private static double fill(Mode m, EngineRequest r, EngineInnovation i) {
			return switch (m.kind()) {
				case HOSTED_VISIT -> 1;
				case NETWORK_MEETING -> r.attendees();
				case OPEN_DAY, VIRTUAL_SESSION -> r.attendees() / (double) Reach.offer(i).maxVisitorsPerGathering();
			};
		}
	}
}
