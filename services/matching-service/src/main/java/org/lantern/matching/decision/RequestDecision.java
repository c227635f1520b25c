package org.lantern.matching.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lantern.platform.outbox.OutboxEntry;
import org.lantern.shared.events.LearningRequestSubmitted;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the matcher decided for one learning request, saved with the events that announce it in one write. Keyed
 * by request id: a request is decided once, however often its event arrives.
 */
@Document("decisions")
public class RequestDecision {

	@Id
	private String requestId;

	@Version
	private Long version;

	private LearningRequestSubmitted request;

	private DecisionStatus status;

	private List<Proposal> proposals = new ArrayList<>();

	private String unmatchedReason;

	private String explanation;

	private Instant decidedAt;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected RequestDecision() {
	}

	static RequestDecision matched(LearningRequestSubmitted request, List<Proposal> proposals, Instant now) {
		RequestDecision decision = new RequestDecision();
		decision.requestId = request.requestId();
		decision.request = request;
		decision.rematched(proposals, now);
		return decision;
	}

	static RequestDecision unmatched(LearningRequestSubmitted request, String reason, String explanation,
			Instant now) {
		RequestDecision decision = new RequestDecision();
		decision.requestId = request.requestId();
		decision.request = request;
		decision.status = DecisionStatus.UNMATCHED;
		decision.unmatchedReason = reason;
		decision.explanation = explanation;
		decision.decidedAt = now;
		return decision;
	}

	void rematched(List<Proposal> newProposals, Instant now) {
		status = DecisionStatus.MATCHED;
		proposals = List.copyOf(newProposals);
		unmatchedReason = null;
		explanation = null;
		decidedAt = now;
	}

	void withdraw() {
		status = DecisionStatus.WITHDRAWN;
	}

	void publish(OutboxEntry entry) {
		outbox.add(entry);
	}

	public String getRequestId() {
		return requestId;
	}

	public Long getVersion() {
		return version;
	}

	public LearningRequestSubmitted getRequest() {
		return request;
	}

	public DecisionStatus getStatus() {
		return status;
	}

	public List<Proposal> getProposals() {
		return proposals;
	}

	public String getUnmatchedReason() {
		return unmatchedReason;
	}

	public String getExplanation() {
		return explanation;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public List<OutboxEntry> getOutbox() {
		return outbox;
	}
}
