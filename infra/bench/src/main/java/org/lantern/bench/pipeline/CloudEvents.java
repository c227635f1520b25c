package org.lantern.bench.pipeline;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.lantern.platform.events.EventCodec;
import org.lantern.shared.events.EventType;
import org.lantern.shared.events.LanternEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lantern events as records on their topics, as the services' outbox relay sends them ({@link EventCodec#record}).
 */
final class CloudEvents {

	/** Default Jackson 3, like the services' codec: ISO instants and dates, enums by name. */
	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final EventCodec CODEC = new EventCodec("/lantern/bench");

	private CloudEvents() {
	}

	static ProducerRecord<String, String> record(LanternEvent event) {
		EventType type = EventType.of(event);
		return EventCodec.record(type.topic(), event.partitionKey(), CODEC.encode(event), type.ceType());
	}
}
