package org.lantern.shared.events;

import java.time.Instant;

/**
 * Something that happened in Lantern, published once on its topic. Every event carries its own id (the idempotency
 * key for consumers) and the time it happened.
 */
public sealed interface LanternEvent permits InnovationRegistered, InnovationUpdated, InnovationWithdrawn,
		EvaluationCompleted, LearningRequestSubmitted, LearningRequestWithdrawn, MatchProposed, RequestUnmatched,
		GatheringEvent {

	String eventId();

	Instant occurredAt();

	/** The aggregate the event is about: the CloudEvents {@code subject}. */
	String subject();

	/** The Kafka record key: events that must stay in order share it. */
	String partitionKey();
}
