package org.lantern.matching.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lantern.engine.match.MatchResult;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineRequest;
import org.lantern.matching.MatchingProperties;
import org.lantern.matching.catalogue.Catalogue;
import org.lantern.matching.catalogue.CatalogueEntry;
import org.lantern.matching.planning.GatheringPlanner;
import org.lantern.platform.events.InvalidEventException;
import org.lantern.platform.outbox.Outbox;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.events.LearningRequestWithdrawn;
import org.lantern.shared.events.MatchProposed;
import org.lantern.shared.events.RequestUnmatched;
import org.lantern.shared.events.UnmatchedReason;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Decides each learning request with the engine and records the decision with its events. */
@Service
public class Decisions {

	private static final Logger log = LoggerFactory.getLogger(Decisions.class);

	private final DecisionRepository decisions;

	private final Catalogue catalogue;

	private final Outbox outbox;

	private final GatheringPlanner planner;

	private final int proposalsPerRequest;

	Decisions(DecisionRepository decisions, Catalogue catalogue, Outbox outbox, GatheringPlanner planner,
			MatchingProperties properties) {
		this.decisions = decisions;
		this.catalogue = catalogue;
		this.outbox = outbox;
		this.planner = planner;
		this.proposalsPerRequest = properties.proposalsPerRequest();
	}

	void decide(LearningRequestSubmitted request) {
		if (!Councils.reference().contains(request.seekerCouncil())) {
			throw new InvalidEventException("Unknown seekerCouncil '" + request.seekerCouncil()
					+ "': not in the UK local authority reference list");
		}
		if (decisions.existsById(request.requestId())) {
			return;
		}
		Catalogue.Snapshot snapshot = catalogue.snapshot();
		Ranking ranking = snapshot.matcher().rank(toEngine(request), proposalsPerRequest);
		Instant now = outbox.clock().instant();
		RequestDecision decision;
		if (ranking.matched()) {
			decision = RequestDecision.matched(request, proposals(snapshot, ranking), now);
			publishProposals(snapshot, decision, now);
		}
		else {
			decision = RequestDecision.unmatched(request, ranking.unmatchedReason(), ranking.explanation(), now);
			decision.publish(outbox.entryFor(new RequestUnmatched(Outbox.newEventId(), now, request.requestId(),
					request.seekerCouncil(), request.contact(), UnmatchedReason.valueOf(ranking.unmatchedReason()),
					ranking.explanation())));
		}
		try {
			decisions.insert(decision);
			if (decision.getStatus() == DecisionStatus.MATCHED) {
				planner.markDirty(regionOf(request.seekerCouncil()));
			}
			else if (catalogue.version() != snapshot.version()) {
				// An innovation arrived while this was decided; its re-match may have run before this was saved.
				rematchUnmatched();
			}
		}
		catch (DuplicateKeyException ex) {
			// Decided by another delivery of the same request a moment ago.
		}
	}

	private static String regionOf(String councilCode) {
		return Councils.reference().find(councilCode).map(Council::region).orElse(null);
	}

	void withdraw(LearningRequestWithdrawn withdrawn) {
		decisions.findById(withdrawn.requestId()).ifPresent(decision -> {
			decision.withdraw();
			decisions.save(decision);
			planner.markRegionsHolding(withdrawn.requestId());
		});
	}

	/** Looks again at requests that had no match; proposes where the catalogue now has something good enough. */
	public void rematchUnmatched() {
		Catalogue.Snapshot snapshot = catalogue.snapshot();
		for (RequestDecision decision : decisions.findByStatus(DecisionStatus.UNMATCHED)) {
			Ranking ranking = snapshot.matcher().rank(toEngine(decision.getRequest()), proposalsPerRequest);
			if (!ranking.matched()) {
				continue;
			}
			Instant now = outbox.clock().instant();
			decision.rematched(proposals(snapshot, ranking), now);
			publishProposals(snapshot, decision, now);
			try {
				decisions.save(decision);
				planner.markDirty(regionOf(decision.getRequest().seekerCouncil()));
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Request {} changed while re-matching; it will be looked at again", decision.getRequestId());
			}
		}
	}

	public List<RequestDecision> all() {
		return decisions.findAll();
	}

	public java.util.Optional<RequestDecision> find(String requestId) {
		return decisions.findById(requestId);
	}

	private void publishProposals(Catalogue.Snapshot snapshot, RequestDecision decision, Instant now) {
		LearningRequestSubmitted request = decision.getRequest();
		String seekerName = Councils.reference().find(request.seekerCouncil()).map(Council::name).orElse(null);
		for (Proposal proposal : decision.getProposals()) {
			CatalogueEntry entry = snapshot.entry(proposal.innovationId());
			decision.publish(outbox.entryFor(new MatchProposed(Outbox.newEventId(), now, request.requestId(),
					request.seekerCouncil(), seekerName, request.contact(), proposal.innovationId(),
					proposal.innovationTitle(), proposal.hostCouncil(), proposal.hostCouncilName(),
					entry.details().contact(), proposal.score(), proposal.reasons(), proposal.scoreBreakdown(),
					proposal.lessonsOnly(), proposal.rank())));
		}
	}

	private List<Proposal> proposals(Catalogue.Snapshot snapshot, Ranking ranking) {
		List<Proposal> proposals = new ArrayList<>();
		for (MatchResult match : ranking.matches()) {
			CatalogueEntry entry = snapshot.entry(match.innovationId());
			String host = entry.details().hostCouncil();
			String hostName = Councils.reference().find(host).map(Council::name).orElse(host);
			proposals.add(new Proposal(proposals.size() + 1, match.innovationId(), entry.details().title(), host,
					hostName, Math.max(0, Math.min(1, match.score())), match.lessonsOnly(), match.explanation(),
					numbers(match.reasons())));
		}
		return proposals;
	}

	private static Map<String, Double> numbers(Map<String, Object> reasons) {
		Map<String, Double> numbers = new LinkedHashMap<>();
		reasons.forEach((name, value) -> {
			if (value instanceof Number number) {
				numbers.put(name, number.doubleValue());
			}
		});
		return numbers;
	}

	private static EngineRequest toEngine(LearningRequestSubmitted r) {
		return new EngineRequest(r.requestId(), r.seekerCouncil(), r.topic(), r.serviceAreas(), r.formats(),
				r.window(), r.maxTravelKm(), r.attendees());
	}
}
