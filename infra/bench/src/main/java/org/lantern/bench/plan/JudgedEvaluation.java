package org.lantern.bench.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lantern.bench.dataset.Dataset;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.plan.Attendee;
import org.lantern.engine.plan.Gathering;
import org.lantern.engine.plan.GatheringKind;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.WorkingDays;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Council;

/**
 * A plan judged against the dataset's relevance judgments, which the planner never reads: how good the placements
 * are (best judged grade of each attendee's innovations, 0 when none is judged) and how many requests could have had
 * a relevant one at all. "Servable by judgments" asks, for some innovation judged 2 or better, what the planner's own
 * servable asks of its matcher's proposals: a kind both sides accept, reach in person, and an open working day in the
 * window, capacity and quarterly caps aside.
 *
 * @param placementsByGrade grade (3, 2, 1, 0) to placements, 0 meaning unrelated
 * @param unrelated every placement whose innovations are all unjudged, in plan order
 * @param served distinct requests placed, counted from the gatherings
 * @param hostDays host-days of the plan, counted from the gatherings
 * @param missed what became of each request servable by judgments but not served relevantly: its unserved reason,
 *        or {@code PLACED_GRADE_1} / {@code PLACED_UNRELATED}; this is where the served share is lost
 */
public record JudgedEvaluation(int requests, int judgedRequests, int servableJudged, int servedRelevant,
		Map<Integer, Integer> placementsByGrade, List<Placement> unrelated, int served, double hostDays,
		Map<String, String> missed) {

	/** Grade at or above which an innovation answers the need (2 useful, 3 best). */
	static final int RELEVANT = 2;

	/** One placement, with the planner's score and reasons as the plan recorded them. */
	public record Placement(String requestId, String seekerCouncil, List<String> innovationIds, String topic,
			String gatheringId, GatheringKind kind, int grade, double score, Map<String, Map<String, Object>> reasons) {
	}

	public double servedRelevantShare() {
		return servableJudged == 0 ? 0 : servedRelevant / (double) servableJudged;
	}

	public double seekersPerHostDay() {
		return hostDays == 0 ? 0 : served / hostDays;
	}

	public static JudgedEvaluation of(Dataset dataset, Map<String, Map<String, Integer>> judgments, Plan plan) {
		Map<String, EngineRequest> requests = new LinkedHashMap<>();
		dataset.requests().forEach(r -> requests.put(r.id(), r));
		Map<Integer, Integer> byGrade = new LinkedHashMap<>();
		for (int g = 3; g >= 0; g--) {
			byGrade.put(g, 0);
		}
		List<Placement> unrelated = new ArrayList<>();
		// Request to the best grade it was placed with: a request placed twice (a broken plan) counts once.
		Map<String, Integer> placedGrade = new HashMap<>();
		double hostDays = 0;
		for (Gathering g : plan.gatherings()) {
			hostDays += g.hostDays();
			for (Attendee a : g.attendees()) {
				Map<String, Integer> grades = judgments.getOrDefault(a.requestId(), Map.of());
				int best = a.innovationIds().stream().mapToInt(id -> grades.getOrDefault(id, 0)).max().orElse(0);
				byGrade.merge(best, 1, Integer::sum);
				placedGrade.merge(a.requestId(), best, Math::max);
				if (best == 0) {
					EngineRequest r = requests.get(a.requestId());
					unrelated.add(new Placement(a.requestId(), a.seekerCouncil(), a.innovationIds(),
							r == null ? "" : r.topic(), g.id(), g.kind(), best, a.score(), a.reasons()));
				}
			}
		}
		Map<String, String> unservedReason = new HashMap<>();
		plan.unserved().forEach(u -> unservedReason.put(u.requestId(), u.reason()));
		Map<String, String> missed = new LinkedHashMap<>();
		Reach reach = new Reach(dataset);
		int servable = 0, judged = 0;
		for (EngineRequest r : dataset.requests()) {
			Map<String, Integer> grades = judgments.getOrDefault(r.id(), Map.of());
			judged += grades.isEmpty() ? 0 : 1;
			if (grades.entrySet().stream().anyMatch(e -> e.getValue() >= RELEVANT && reach.couldMeet(r, e.getKey()))) {
				servable++;
				Integer grade = placedGrade.get(r.id());
				if (grade == null || grade < RELEVANT) {
					missed.put(r.id(), grade == null ? unservedReason.getOrDefault(r.id(), "ABSENT")
							: grade == 0 ? "PLACED_UNRELATED" : "PLACED_GRADE_" + grade);
				}
			}
		}
		int servedRelevant = (int) placedGrade.values().stream().filter(g -> g >= RELEVANT).count();
		return new JudgedEvaluation(dataset.requests().size(), judged, servable, servedRelevant, byGrade, unrelated,
				placedGrade.size(), hostDays, missed);
	}

	/** Whether a request and an innovation's host could meet at all, read from the dataset as the contract states it. */
	static final class Reach {

		private final Dataset dataset;

		private final Map<String, EngineInnovation> innovations = new HashMap<>();

		private final Map<String, Set<LocalDate>> blackout = new HashMap<>();

		/** Region to the councils that could be the venue of a network meeting there. */
		private final Map<String, Set<String>> networkVenues = new HashMap<>();

		Reach(Dataset dataset) {
			this.dataset = dataset;
			for (EngineInnovation i : dataset.innovations()) {
				innovations.put(i.id(), i);
				HostingOffer offer = offer(i);
				// Blackout dates belong to the council, as in the checker: any of its offers closes the day for all.
				blackout.computeIfAbsent(i.hostCouncil(), k -> new HashSet<>())
					.addAll(offer.blackoutDates() == null ? List.of() : offer.blackoutDates());
				if (offers(offer, GatheringKind.NETWORK_MEETING)) {
					networkVenues.computeIfAbsent(region(i.hostCouncil()), k -> new LinkedHashSet<>())
						.add(i.hostCouncil());
				}
			}
		}

		boolean couldMeet(EngineRequest r, String innovationId) {
			EngineInnovation i = innovations.get(innovationId);
			if (i == null || r.window() == null || r.formats() == null) {
				return false;
			}
			HostingOffer offer = offer(i);
			String host = i.hostCouncil();
			for (GatheringKind kind : GatheringKind.values()) {
				if (!r.formats().contains(kind.format()) || !offers(offer, kind)) {
					continue;
				}
				switch (kind) {
					case VIRTUAL_SESSION -> {
						if (openDay(r, host, host)) {
							return true;
						}
					}
					case HOSTED_VISIT, OPEN_DAY -> {
						if (within(r, host) && openDay(r, host, host)) {
							return true;
						}
					}
					case NETWORK_MEETING -> {
						for (String venue : networkVenues.getOrDefault(region(host), Set.of())) {
							if (within(r, venue) && openDay(r, host, venue)) {
								return true;
							}
						}
					}
				}
			}
			return false;
		}

		/** Councils of the region that could be the venue of a network meeting there, in catalogue order. */
		Set<String> networkVenues(String region) {
			return networkVenues.getOrDefault(region, Set.of());
		}

		/** Days the council has blacked out, in any of its offers. */
		private Set<LocalDate> blackout(String council) {
			return blackout.getOrDefault(council, Set.of());
		}

		boolean within(EngineRequest r, String venue) {
			Optional<Council> seeker = dataset.councils().find(r.seekerCouncil());
			Optional<Council> place = dataset.councils().find(venue);
			return seeker.isPresent() && place.isPresent() && seeker.get().distanceKmTo(place.get()) <= r.maxTravelKm();
		}

		/** A working day of the window that neither the host nor the venue has blacked out. */
		private boolean openDay(EngineRequest r, String host, String venue) {
			return openDays(r, host, venue).findAny().isPresent();
		}

		/** The working days of the window that neither the host nor the venue has blacked out, in order. */
		Stream<LocalDate> openDays(EngineRequest r, String host, String venue) {
			Set<LocalDate> closedHost = blackout(host);
			Set<LocalDate> closedVenue = blackout(venue);
			return r.window().from().datesUntil(r.window().to().plusDays(1))
				.filter(d -> WorkingDays.isWorkingDay(d) && !closedHost.contains(d) && !closedVenue.contains(d));
		}

		String region(String council) {
			return dataset.councils().find(council).map(Council::region).orElse("");
		}

		static HostingOffer offer(EngineInnovation i) {
			return i.hostingOffer() == null ? HostingOffer.defaults() : i.hostingOffer();
		}

		static boolean offers(HostingOffer offer, GatheringKind kind) {
			return offer.formats() != null && offer.formats().contains(kind.format());
		}
	}
}
