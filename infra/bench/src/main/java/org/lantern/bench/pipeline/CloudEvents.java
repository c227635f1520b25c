package org.lantern.bench.pipeline;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.lantern.platform.events.EventCodec;
import org.lantern.shared.events.EventType;
import org.lantern.shared.events.LanternEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lantern events as records on their topics, keyed by their partition keys, with the envelope the services' own
 * {@link EventCodec} writes and the headers their outbox relay adds.
 */
final class CloudEvents {

	/** Default Jackson 3, like the services' codec: ISO instants and dates, enums by name. */
	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final EventCodec CODEC = new EventCodec("/lantern/bench");

	private CloudEvents() {
	}

	static ProducerRecord<String, String> record(LanternEvent event) {
		EventType type = EventType.of(event);
		ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.partitionKey(),
				CODEC.encode(event));
		record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8));
		return record;
	}
}
