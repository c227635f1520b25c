package org.lantern.matching.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.plan.Attendee;
import org.lantern.engine.plan.Gathering;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.PlanProgress;
import org.lantern.engine.plan.Planner;
import org.lantern.engine.plan.PlannerOptions;
import org.lantern.engine.plan.PlanningProblem;
import org.lantern.engine.plan.ThemeOutcome;
import org.lantern.engine.plan.ThemeRequest;
import org.lantern.matching.catalogue.Catalogue;
import org.lantern.matching.catalogue.CatalogueEntry;
import org.lantern.matching.decision.DecisionRepository;
import org.lantern.matching.decision.DecisionStatus;
import org.lantern.matching.decision.RequestDecision;
import org.lantern.platform.outbox.Outbox;
import org.lantern.platform.web.InvalidRequestException;
import org.lantern.platform.web.ReferenceChecks;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;
import org.lantern.shared.events.GatheringProposalWithdrawn;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringSeekersAdded;
import org.lantern.shared.events.GatheringTheme;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Turns matched requests into proposed gatherings with the planning engine, one region at a time. A region is
 * re-planned a moment after its requests change (a burst of requests costs one re-plan); gatherings its hosts have
 * confirmed never move; a re-plan proposes only gatherings that changed, under new ids, naming those they replace.
 */
@Service
public class GatheringPlanner {

	private static final Logger log = LoggerFactory.getLogger(GatheringPlanner.class);

	private final Set<String> dirtyRegions = ConcurrentHashMap.newKeySet();

	private final RegionPlanRepository plans;

	private final HostUnavailabilityRepository unavailability;

	private final UnservedRequestsRepository unserved;

	private final DecisionRepository decisions;

	private final Catalogue catalogue;

	private final Outbox outbox;

	private final Planner planner = new Planner(PlannerOptions.defaults().withThreads(1));

	private final Map<String, Ranking> rankingCache = new HashMap<>();

	private long rankedVersion = -1;

	GatheringPlanner(RegionPlanRepository plans, HostUnavailabilityRepository unavailability,
			UnservedRequestsRepository unserved, DecisionRepository decisions, Catalogue catalogue, Outbox outbox) {
		this.plans = plans;
		this.unavailability = unavailability;
		this.unserved = unserved;
		this.decisions = decisions;
		this.catalogue = catalogue;
		this.outbox = outbox;
	}

	/** Asks for the region to be re-planned soon. */
	public void markDirty(String region) {
		if (region != null) {
			dirtyRegions.add(region);
		}
	}

	/** The regions whose plans hold this request: they must lose it when it is withdrawn. */
	public void markRegionsHolding(String requestId) {
		plans.findAll()
			.stream()
			.filter(plan -> plan.getGatherings()
				.stream()
				.anyMatch(g -> g.attendees().stream().anyMatch(a -> a.requestId().equals(requestId))))
			.forEach(plan -> markDirty(plan.getRegion()));
	}

	@Scheduled(fixedDelayString = "${lantern.planning.debounce:2s}")
	public void replanDirtyRegions() {
		for (String region : List.copyOf(dirtyRegions)) {
			dirtyRegions.remove(region);
			try {
				replan(region);
			}
			catch (RuntimeException ex) {
				// Try again on the next round rather than lose the change.
				dirtyRegions.add(region);
				log.warn("Re-planning {} failed; will retry: {}", region, ex.toString());
			}
		}
	}

	public List<PlannedGathering> gatherings() {
		return plans.findAll().stream().flatMap(p -> p.getGatherings().stream()).toList();
	}

	/**
	 * The matched requests of a region (all if null) that the latest plan could not place, with why. A request
	 * withdrawn or placed since then is left out, so a re-plan that changed nothing else need not rewrite the list.
	 */
	public List<PlannedUnserved> unserved(String region) {
		Set<String> placed = gatherings().stream()
			.flatMap(g -> g.attendees().stream())
			.map(PlannedAttendee::requestId)
			.collect(Collectors.toSet());
		Set<String> live = decisions.findByStatus(DecisionStatus.MATCHED)
			.stream()
			.map(RequestDecision::getRequestId)
			.collect(Collectors.toSet());
		return unserved.findById(UnservedRequests.LATEST)
			.map(UnservedRequests::requests)
			.orElse(List.of())
			.stream()
			.filter(u -> region == null || region.equals(u.region()))
			.filter(u -> live.contains(u.requestId()) && !placed.contains(u.requestId()))
			.toList();
	}

	public Optional<PlannedGathering> find(String gatheringId) {
		return plans.findByGatheringsId(gatheringId)
			.flatMap(p -> p.getGatherings().stream().filter(g -> g.id().equals(gatheringId)).findFirst());
	}

	void replan(String region) {
		Map<String, RequestDecision> live = decisions.findByStatus(DecisionStatus.MATCHED)
			.stream()
			.collect(Collectors.toMap(RequestDecision::getRequestId, d -> d, (a, b) -> a, LinkedHashMap::new));
		List<EngineRequest> requests = live.values().stream().map(d -> toEngine(d.getRequest())).toList();
		List<RegionPlan> allPlans = plans.findAll();
		RegionPlan regionPlan = allPlans.stream()
			.filter(p -> p.getRegion().equals(region))
			.findFirst()
			.orElseGet(() -> new RegionPlan(region));
		List<ThemeRequest> themes = regionPlan.getThemes()
			.stream()
			.map(t -> new ThemeRequest(t.id(), region, t.theme(), t.serviceAreas(), t.from(), t.to(), t.requestedBy()))
			.toList();
		Catalogue.Snapshot snapshot = catalogue.snapshot();
		PlanningProblem problem = new PlanningProblem(Councils.reference(), withUnavailability(snapshot.innovations()),
				requests, themes);
		Map<String, Ranking> rankings = rankings(requests, snapshot);

		List<Gathering> previous = allPlans.stream()
			.flatMap(p -> p.getGatherings().stream())
			.map(GatheringPlanner::toEngine)
			.toList();
		Plan next = planner.replanRegion(problem, rankings, snapshot.matcher(), new Plan(previous, List.of(), null), region,
				Set.of(), PlanProgress.NONE);
		unserved.save(new UnservedRequests(UnservedRequests.LATEST, next.unserved().stream().map(u -> {
			// A matched request's council is in the reference list: Decisions refuses any other.
			String seeker = live.get(u.requestId()).getRequest().seekerCouncil();
			return new PlannedUnserved(u.requestId(), seeker, Councils.reference().get(seeker).region(), u.reason(),
					u.explanation());
		}).toList(), outbox.clock().instant()));

		Map<String, PlannedGathering> before = new HashMap<>();
		regionPlan.getGatherings().forEach(g -> before.put(g.id(), g));
		List<PlannedGathering> unconfirmedBefore = regionPlan.getGatherings()
			.stream()
			.filter(g -> !g.confirmed())
			.toList();

		List<PlannedGathering> result = new ArrayList<>();
		List<PlannedGathering> proposed = new ArrayList<>();
		// Seekers a confirmed gathering gains: they are invited through the gathering service like the first ones.
		Map<String, List<PlannedAttendee>> joined = new LinkedHashMap<>();
		Set<String> reused = new HashSet<>();
		for (Gathering gathering : next.gatherings()) {
			if (!region.equals(gathering.region())) {
				continue;
			}
			PlannedGathering planned = toPlanned(gathering, rankings);
			if (planned.confirmed()) {
				result.add(planned);
				List<PlannedAttendee> added = newcomers(before.get(planned.id()), planned);
				if (!added.isEmpty()) {
					joined.put(planned.id(), added);
				}
				continue;
			}
			Optional<PlannedGathering> same = unconfirmedBefore.stream()
				.filter(old -> !reused.contains(old.id()) && old.sameAs(planned))
				.findFirst();
			if (same.isPresent()) {
				reused.add(same.get().id());
				result.add(same.get());
			}
			else {
				PlannedGathering fresh = planned.withId("g-" + UUID.randomUUID().toString().substring(0, 12));
				result.add(fresh);
				proposed.add(fresh);
			}
		}
		List<String> replaced = unconfirmedBefore.stream().map(PlannedGathering::id).filter(id -> !reused.contains(id))
			.toList();
		List<ThemeAsk> themeOutcomes = themeOutcomes(regionPlan.getThemes(), next, result);
		if (proposed.isEmpty() && replaced.isEmpty() && joined.isEmpty() && result.size() == before.size()
				&& themeOutcomes.equals(regionPlan.getThemes())) {
			return;
		}
		Instant now = outbox.clock().instant();
		for (PlannedGathering gathering : proposed) {
			regionPlan.publish(outbox.entryFor(proposal(gathering, live, replaced, themeOutcomes, now)));
		}
		joined.forEach((gatheringId, added) -> regionPlan.publish(outbox.entryFor(
				new GatheringSeekersAdded(Outbox.newEventId(), now, gatheringId, attendees(added, live)))));
		if (proposed.isEmpty()) {
			// No new proposal names them in its `replaces`: tell the hosts of each dropped one on its own.
			for (String gatheringId : replaced) {
				regionPlan.publish(outbox.entryFor(new GatheringProposalWithdrawn(Outbox.newEventId(), now, gatheringId,
						"Its seekers withdrew or were placed elsewhere; no answer is needed.")));
			}
		}
		regionPlan.setGatherings(result);
		regionPlan.supersede(unconfirmedBefore.stream().filter(g -> replaced.contains(g.id())).toList());
		regionPlan.setThemes(themeOutcomes);
		plans.save(regionPlan);
		log.info("Re-planned {} ({} live requests): {} gatherings, {} newly proposed, {} replaced; unserved {}", region,
				requests.size(), result.size(), proposed.size(), replaced.size(),
				next.unserved().stream().map(u -> u.requestId() + "=" + u.reason()).toList());
	}

	private static List<PlannedAttendee> newcomers(PlannedGathering was, PlannedGathering now) {
		return now.attendees()
			.stream()
			.filter(a -> was == null || was.attendees().stream().noneMatch(b -> b.requestId().equals(a.requestId())))
			.toList();
	}

	/**
	 * The live requests' rankings. A re-plan of one region needs every region's requests ranked, so rankings are kept
	 * while the catalogue snapshot stays the same: only requests new since then are ranked.
	 */
	private synchronized Map<String, Ranking> rankings(List<EngineRequest> requests, Catalogue.Snapshot snapshot) {
		if (snapshot.version() != rankedVersion) {
			rankingCache.clear();
			rankedVersion = snapshot.version();
		}
		Set<String> live = new HashSet<>();
		List<EngineRequest> unranked = new ArrayList<>();
		for (EngineRequest request : requests) {
			live.add(request.id());
			if (!rankingCache.containsKey(request.id())) {
				unranked.add(request);
			}
		}
		rankingCache.keySet().retainAll(live);
		rankingCache.putAll(Planner.rank(snapshot.matcher(), unranked, planner.options().proposalsRead(), 1,
				PlanProgress.NONE));
		Map<String, Ranking> out = new LinkedHashMap<>();
		requests.forEach(r -> out.put(r.id(), rankingCache.get(r.id())));
		return out;
	}

	/** Dates hosts have turned down are blackout dates as far as the planner is concerned. */
	private List<EngineInnovation> withUnavailability(List<EngineInnovation> innovations) {
		Map<String, List<LocalDate>> declined = unavailability.findAll()
			.stream()
			.collect(Collectors.groupingBy(HostUnavailability::council,
					Collectors.mapping(HostUnavailability::date, Collectors.toList())));
		return innovations.stream().map(innovation -> {
			List<LocalDate> dates = declined.get(innovation.hostCouncil());
			if (dates == null) {
				return innovation;
			}
			HostingOffer offer = innovation.effectiveOffer();
			List<LocalDate> blackout = new ArrayList<>(offer.blackoutDates());
			blackout.addAll(dates);
			return new EngineInnovation(innovation.id(), innovation.hostCouncil(), innovation.partnerCouncils(),
					innovation.title(), innovation.summary(), innovation.serviceAreas(), innovation.innovationType(),
					innovation.stage(), innovation.keywords(), innovation.evaluation(),
					new HostingOffer(offer.formats(), offer.maxGatheringsPerQuarter(),
							offer.maxVisitorsPerGathering(), blackout, offer.feePerVisitorGbp()));
		}).toList();
	}

	private GatheringProposed proposal(PlannedGathering g, Map<String, RequestDecision> live, List<String> replaced,
			List<ThemeAsk> themes, Instant now) {
		List<GatheringInnovation> innovations = new ArrayList<>();
		Map<String, List<String>> byHost = new LinkedHashMap<>();
		Map<String, Contact> hostContact = new HashMap<>();
		int capacity = Integer.MAX_VALUE;
		for (String innovationId : g.innovations()) {
			CatalogueEntry entry = catalogue.find(innovationId).orElseThrow();
			String host = entry.details().hostCouncil();
			innovations.add(new GatheringInnovation(innovationId, entry.details().title(), host));
			byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(innovationId);
			hostContact.putIfAbsent(host, entry.details().contact());
			if (g.venueCouncil() == null || g.venueCouncil().equals(host)) {
				capacity = Math.min(capacity, entry.details().hostingOffer().maxVisitorsPerGathering());
			}
		}
		List<GatheringHost> hosts = g.hosts()
			.stream()
			.map(h -> new GatheringHost(h, name(h), hostContact.get(h), byHost.getOrDefault(h, List.of())))
			.toList();
		return new GatheringProposed(Outbox.newEventId(), now, g.id(), g.kind(), g.region(), g.date(),
				g.venueCouncil(), g.venueCouncil() == null ? null : name(g.venueCouncil()), hosts, innovations,
				attendees(g.attendees(), live), capacity == Integer.MAX_VALUE ? 1 : capacity, replaced,
				themes.stream()
					.filter(t -> t.id().equals(g.themeRequestId()))
					.findFirst()
					.map(t -> new GatheringTheme(t.id(), t.theme(), t.requestedBy(), t.contact()))
					.orElse(null));
	}

	/** Attendees as the gathering service and the mails need them: with the seeker's contact and the reasons. */
	private static List<GatheringAttendee> attendees(List<PlannedAttendee> planned, Map<String, RequestDecision> live) {
		return planned.stream().map(a -> {
			RequestDecision decision = live.get(a.requestId());
			Contact contact = decision == null ? null : decision.getRequest().contact();
			return new GatheringAttendee(a.requestId(), a.seekerCouncil(), name(a.seekerCouncil()), contact,
					a.innovationIds(), a.people(), a.reasons());
		}).toList();
	}

	/** Each theme ask with the meeting the plan gives it (under its persisted id) or the planner's reason for none. */
	private static List<ThemeAsk> themeOutcomes(List<ThemeAsk> asks, Plan next, List<PlannedGathering> result) {
		Map<String, ThemeOutcome> outcomes = new HashMap<>();
		next.themes().forEach(t -> outcomes.put(t.themeRequestId(), t));
		return asks.stream().map(ask -> {
			Optional<PlannedGathering> meeting = result.stream()
				.filter(g -> ask.id().equals(g.themeRequestId()))
				.findFirst();
			if (meeting.isPresent()) {
				return ask.withOutcome(meeting.get().id(), null, "Planned as a network meeting on "
						+ meeting.get().date() + " with " + meeting.get().hosts().size() + " presenting councils.");
			}
			ThemeOutcome outcome = outcomes.get(ask.id());
			return outcome == null ? ask : ask.withOutcome(null, outcome.reason(), outcome.explanation());
		}).toList();
	}

	/** Records a regional body's ask in its region's plan and has the region re-planned. */
	ThemeAsk askForTheme(ThemeRequestForm form) {
		if (Councils.reference().all().stream().noneMatch(c -> form.region().equals(c.region()))) {
			throw new InvalidRequestException("region", "unknown region '" + form.region()
					+ "' (use a region name from the council list, for example 'North West')");
		}
		ReferenceChecks.window("window", form.window().from(), form.window().to());
		ThemeAsk ask = new ThemeAsk("theme-" + UUID.randomUUID().toString().substring(0, 12), form.theme().strip(),
				form.serviceAreas() == null ? List.of() : form.serviceAreas(), form.window().from(), form.window().to(),
				form.requestedBy().strip(), form.contact().toContact(), outbox.clock().instant(), null, null,
				"Waiting for the region's next re-plan.");
		savingRegion(() -> Optional.of(plans.findById(form.region()).orElseGet(() -> new RegionPlan(form.region()))),
				plan -> {
					List<ThemeAsk> themes = new ArrayList<>(plan.getThemes());
					themes.add(ask);
					plan.setThemes(themes);
					return ask;
				});
		return ask;
	}

	/**
	 * The body no longer wants the meeting: the ask leaves its region's plan and the region is re-planned, which
	 * withdraws the meeting unless its host has confirmed it (then cancelling is the hosts' call, as for any
	 * gathering). @return the ask as it was, empty if there is none
	 */
	Optional<ThemeAsk> withdrawTheme(String themeRequestId) {
		return savingRegion(() -> plans.findByThemesId(themeRequestId), plan -> {
			ThemeAsk ask = plan.getThemes().stream().filter(t -> t.id().equals(themeRequestId)).findFirst().orElseThrow();
			plan.setThemes(plan.getThemes().stream().filter(t -> !t.id().equals(themeRequestId)).toList());
			return ask;
		});
	}

	/**
	 * Changes a region's plan from the REST side and has the region re-planned. A re-plan may save the region in
	 * between: the change is then applied again to what it wrote.
	 */
	private <T> Optional<T> savingRegion(Supplier<Optional<RegionPlan>> load, Function<RegionPlan, T> change) {
		for (int attempt = 1;; attempt++) {
			Optional<RegionPlan> found = load.get();
			if (found.isEmpty()) {
				return Optional.empty();
			}
			RegionPlan plan = found.get();
			T result = change.apply(plan);
			try {
				plans.save(plan);
				markDirty(plan.getRegion());
				return Optional.of(result);
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	Optional<ThemeAsk> findTheme(String themeRequestId) {
		return plans.findByThemesId(themeRequestId)
			.flatMap(p -> p.getThemes().stream().filter(t -> t.id().equals(themeRequestId)).findFirst());
	}

	private static String name(String code) {
		return Councils.reference().find(code).map(Council::name).orElse(code);
	}

	private static PlannedGathering toPlanned(Gathering g, Map<String, Ranking> rankings) {
		List<PlannedAttendee> attendees = g.attendees().stream().map(a -> {
			List<String> reasons = new ArrayList<>();
			Ranking ranking = rankings.get(a.requestId());
			if (ranking != null) {
				for (MatchResult match : ranking.matches()) {
					if (a.innovationIds().contains(match.innovationId())) {
						reasons.addAll(match.explanation());
					}
				}
			}
			return new PlannedAttendee(a.requestId(), a.seekerCouncil(), a.innovationIds(), a.people(), a.score(),
					reasons);
		}).toList();
		return new PlannedGathering(g.id(), GatheringKind.valueOf(g.kind().name()), g.date(), g.venueCouncil(),
				g.hosts(), g.innovations(), g.region(), attendees, g.confirmed(), g.themeRequestId());
	}

	private static Gathering toEngine(PlannedGathering g) {
		List<Attendee> attendees = g.attendees()
			.stream()
			.map(a -> new Attendee(a.requestId(), a.seekerCouncil(), a.innovationIds(), a.people(), a.score(), Map.of()))
			.toList();
		return new Gathering(g.id(), org.lantern.engine.plan.GatheringKind.valueOf(g.kind().name()), g.date(),
				g.venueCouncil(), g.hosts(), g.innovations(), g.region(), attendees, g.confirmed(), g.themeRequestId());
	}

	private static EngineRequest toEngine(LearningRequestSubmitted r) {
		return new EngineRequest(r.requestId(), r.seekerCouncil(), r.topic(), r.serviceAreas(), r.formats(),
				r.window(), r.maxTravelKm(), r.attendees());
	}

	/** A host said no to this gathering: its date becomes unavailable for that host and the region is re-planned. */
	void hostDeclined(String gatheringId, String hostCouncil) {
		plans.findByGatheringsId(gatheringId).ifPresent(plan -> {
			plan.getGatherings().stream().filter(g -> g.id().equals(gatheringId)).findFirst().ifPresent(g -> {
				unavailability.save(HostUnavailability.of(hostCouncil, g.date()));
				plan.setGatherings(plan.getGatherings().stream().filter(x -> !x.id().equals(gatheringId)).toList());
				plans.save(plan);
				markDirty(plan.getRegion());
			});
		});
	}

	void confirmed(String gatheringId) {
		Optional<RegionPlan> holding = plans.findByGatheringsId(gatheringId);
		if (holding.isPresent()) {
			RegionPlan plan = holding.get();
			plan.setGatherings(plan.getGatherings()
				.stream()
				.map(g -> g.id().equals(gatheringId) ? g.asConfirmed() : g)
				.toList());
			plans.save(plan);
			return;
		}
		// The host confirmed a proposal in the moment a re-plan replaced it: the host's word stands. The gathering
		// comes back, confirmed, and the region is planned again around it so no seeker is in two places.
		plans.findBySupersededId(gatheringId).ifPresent(plan -> {
			plan.readopt(gatheringId);
			plans.save(plan);
			markDirty(plan.getRegion());
		});
	}
}
