package org.lantern.bench.pipeline;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.lantern.shared.events.EventType;
import org.lantern.shared.events.LanternEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lantern events as a third-party producer writes them ({@code docs/events.md}): a CloudEvents 1.0 structured JSON
 * envelope on the event's topic, keyed by its partition key. Written here rather than with the services'
 * {@code EventCodec} so the bench needs none of Spring; the services validate every record against the schemas, so
 * an envelope that drifted from theirs would be dead-lettered and the run would fail rather than measure it.
 */
final class CloudEvents {

	static final String SOURCE = "/lantern/bench";

	/** The same default Jackson 3 mapper as the services' codec: ISO instants and dates, enums by name. */
	static final JsonMapper JSON = JsonMapper.builder().build();

	private CloudEvents() {
	}

	static ProducerRecord<String, String> record(LanternEvent event) {
		EventType type = EventType.of(event);
		ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.partitionKey(), envelope(event));
		record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8));
		return record;
	}

	static String envelope(LanternEvent event) {
		EventType type = EventType.of(event);
		ObjectNode envelope = JSON.createObjectNode();
		envelope.put("specversion", "1.0");
		envelope.put("id", event.eventId());
		envelope.put("source", SOURCE);
		envelope.put("type", type.ceType());
		envelope.put("time", event.occurredAt().toString());
		envelope.put("subject", event.subject());
		envelope.put("datacontenttype", "application/json");
		envelope.put("dataschema", "https://lantern.example.org/schemas/" + type.eventName() + ".v1.schema.json");
		envelope.set("data", JSON.valueToTree(event));
		return JSON.writeValueAsString(envelope);
	}
}
