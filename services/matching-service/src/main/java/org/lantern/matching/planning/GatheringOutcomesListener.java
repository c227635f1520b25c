package org.lantern.matching.planning;

import java.util.Optional;

import org.lantern.matching.catalogue.Catalogue;
import org.lantern.matching.decision.DecisionRepository;
import org.lantern.matching.decision.RequestDecision;
import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.FeedbackSubmitted;
import org.lantern.shared.events.GatheringCancelled;
import org.lantern.shared.events.GatheringConfirmed;
import org.lantern.shared.events.GatheringDeclined;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What became of proposed gatherings: a confirmation pins a gathering, a decline or cancellation frees its
 * attendees for the planner, an adopter willing to host becomes a secondary host of the innovation, and a seeker who
 * found a gathering useful teaches the matcher its need.
 */
@Component
class GatheringOutcomesListener {

	private final IdempotentConsumer consumer;

	private final GatheringPlanner planner;

	private final Catalogue catalogue;

	private final DecisionRepository decisions;

	GatheringOutcomesListener(IdempotentConsumer consumer, GatheringPlanner planner, Catalogue catalogue,
			DecisionRepository decisions) {
		this.consumer = consumer;
		this.planner = planner;
		this.catalogue = catalogue;
		this.decisions = decisions;
	}

	@KafkaListener(topics = Topics.GATHERINGS)
	void on(String value) {
		consumer.consume(value, this::apply);
	}

	private void apply(LanternEvent event) {
		if (event instanceof GatheringConfirmed confirmed) {
			planner.confirmed(confirmed.gatheringId());
		}
		else if (event instanceof GatheringDeclined declined) {
			planner.hostDeclined(declined.gatheringId(), declined.declinedBy());
		}
		else if (event instanceof GatheringCancelled cancelled) {
			planner.hostDeclined(cancelled.gatheringId(), cancelled.cancelledBy());
		}
		else if (event instanceof AdoptionReported adoption && adoption.adopted() && adoption.willingToHost()) {
			catalogue.addSecondaryHost(adoption.innovationId(), adoption.adopterCouncil(), adoption.contact(),
					adoption.occurredAt());
		}
		else if (event instanceof FeedbackSubmitted feedback && Catalogue.answersANeed(feedback.usefulness())) {
			learnFrom(feedback);
		}
	}

	/** The seeker's words, and the innovations it was shown at that gathering. */
	private void learnFrom(FeedbackSubmitted feedback) {
		Optional<PlannedAttendee> attendee = planner.find(feedback.gatheringId())
			.flatMap(g -> g.attendees().stream().filter(a -> a.requestId().equals(feedback.requestId())).findFirst());
		Optional<RequestDecision> decision = decisions.findById(feedback.requestId());
		if (attendee.isPresent() && decision.isPresent()) {
			catalogue.rememberAnsweredNeed(feedback.requestId(), decision.get().getRequest().topic(),
					attendee.get().innovationIds(), feedback.usefulness(), feedback.occurredAt());
		}
	}
}
