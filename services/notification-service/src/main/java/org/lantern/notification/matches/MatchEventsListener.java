package org.lantern.notification.matches;

import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class MatchEventsListener {

	private final IdempotentConsumer consumer;

	private final MatchNotifier notifier;

	MatchEventsListener(IdempotentConsumer consumer, MatchNotifier notifier) {
		this.consumer = consumer;
		this.notifier = notifier;
	}

	@KafkaListener(topics = Topics.MATCHES)
	void on(String value) {
		consumer.consume(value, notifier::notify);
	}
}
