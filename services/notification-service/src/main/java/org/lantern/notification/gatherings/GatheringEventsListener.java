package org.lantern.notification.gatherings;

import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class GatheringEventsListener {

	private final IdempotentConsumer consumer;

	private final GatheringNotifier notifier;

	GatheringEventsListener(IdempotentConsumer consumer, GatheringNotifier notifier) {
		this.consumer = consumer;
		this.notifier = notifier;
	}

	@KafkaListener(topics = Topics.GATHERINGS)
	void on(String value) {
		consumer.consume(value, notifier::notify);
	}
}
