package org.lantern.matching.decision;

import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.events.LearningRequestWithdrawn;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class LearningRequestListener {

	private final IdempotentConsumer consumer;

	private final Decisions decisions;

	LearningRequestListener(IdempotentConsumer consumer, Decisions decisions) {
		this.consumer = consumer;
		this.decisions = decisions;
	}

	// Requests are keyed by region, so one region's submissions and withdrawals stay in order on one consumer while
	// other regions are decided beside it (a decision mostly waits on MongoDB).
	@KafkaListener(topics = Topics.LEARNING_REQUESTS, concurrency = "${lantern.matching.request-consumers:3}")
	void on(String value) {
		consumer.consume(value, this::apply);
	}

	private void apply(LanternEvent event) {
		if (event instanceof LearningRequestSubmitted submitted) {
			decisions.decide(submitted);
		}
		else if (event instanceof LearningRequestWithdrawn withdrawn) {
			decisions.withdraw(withdrawn);
		}
	}
}
