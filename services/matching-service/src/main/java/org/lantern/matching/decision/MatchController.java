package org.lantern.matching.decision;

import java.time.Instant;
import java.util.List;

import org.lantern.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The matcher's decisions, for the portal and for regional bodies. */
@RestController
@RequestMapping("/api/matches")
class MatchController {

	private final Decisions decisions;

	MatchController(Decisions decisions) {
		this.decisions = decisions;
	}

	/** The proposals for one request, best first (empty while undecided or when nothing was good enough). */
	@GetMapping(params = "requestId")
	List<Proposal> proposals(@RequestParam String requestId) {
		return decisions.find(requestId).map(RequestDecision::getProposals).orElse(List.of());
	}

	@GetMapping
	List<DecisionView> all() {
		return decisions.all().stream().map(DecisionView::of).toList();
	}

	@GetMapping("/requests/{requestId}")
	DecisionView decision(@PathVariable String requestId) {
		return decisions.find(requestId)
			.map(DecisionView::of)
			.orElseThrow(() -> new NotFoundException("No decision yet for request '" + requestId + "'"));
	}

	record DecisionView(String requestId, String seekerCouncil, String topic, DecisionStatus status,
			List<Proposal> proposals, String unmatchedReason, String explanation, Instant decidedAt) {

		static DecisionView of(RequestDecision d) {
			return new DecisionView(d.getRequestId(), d.getRequest().seekerCouncil(), d.getRequest().topic(),
					d.getStatus(), d.getProposals(), d.getUnmatchedReason(), d.getExplanation(), d.getDecidedAt());
		}
	}
}
