package org.lantern.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.lantern.shared.events.EventType;
import org.lantern.shared.events.LanternEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes events as CloudEvents 1.0 structured-mode JSON and reads them back, validating the envelope and the
 * {@code data} against the JSON Schemas shipped in {@code shared/}. Thread-safe.
 */
public class EventCodec {

	public static final String CONTENT_TYPE = "application/cloudevents+json";

	/** The Kafka header naming the CloudEvents type (binding's {@code ce_} prefix), readable without the body. */
	private static final String TYPE_HEADER = "ce_type";

	private static final String ENVELOPE_SCHEMA = "/lantern/schemas/envelope.v1.schema.json";

	private static final int MAX_REASON_MESSAGES = 5;

	private final JsonMapper mapper;

	private final String source;

	private final JsonSchema envelopeSchema;

	private final Map<EventType, JsonSchema> dataSchemas = new EnumMap<>(EventType.class);

	/** @param source the CloudEvents {@code source} of events this service writes, e.g. {@code /lantern/innovation-service} */
	public EventCodec(String source) {
		this.source = source;
		// Unknown fields are ignored so that producers may add fields within a version.
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		this.envelopeSchema = load(factory, config, ENVELOPE_SCHEMA);
		for (EventType type : EventType.values()) {
			dataSchemas.put(type, load(factory, config, type.schemaResource()));
		}
	}

	public String source() {
		return source;
	}

	/** The envelope JSON of an event, as published on its topic. */
	public String encode(LanternEvent event) {
		EventType type = EventType.of(event);
		ObjectNode envelope = mapper.createObjectNode();
		envelope.put("specversion", "1.0");
		envelope.put("id", event.eventId());
		envelope.put("source", source);
		envelope.put("type", type.ceType());
		envelope.put("time", event.occurredAt().toString());
		envelope.put("subject", event.subject());
		envelope.put("datacontenttype", "application/json");
		envelope.put("dataschema", "https://lantern.example.org/schemas/" + type.eventName() + ".v1.schema.json");
		envelope.set("data", mapper.valueToTree(event));
		return mapper.writeValueAsString(envelope);
	}

	/**
	 * Parses and validates a record value.
	 * @throws InvalidEventException naming what is wrong, when the value is not a valid Lantern event
	 */
	public LanternEvent decode(String json) {
		if (json == null || json.isBlank()) {
			throw new InvalidEventException("Empty record value: expected a CloudEvents JSON envelope");
		}
		JsonNode envelope;
		try {
			envelope = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Not JSON: " + ex.getOriginalMessage(), ex);
		}
		requireValid(envelopeSchema, json, "envelope");
		String ceType = envelope.path("type").asString();
		EventType type = EventType.ofCeType(ceType)
			.orElseThrow(() -> new InvalidEventException("Unknown event type '" + ceType + "'"));
		JsonNode data = envelope.get("data");
		requireValid(dataSchemas.get(type), mapper.writeValueAsString(data), type.eventName());
		String id = envelope.path("id").asString();
		if (!id.equals(data.path("eventId").asString())) {
			throw new InvalidEventException("Envelope id '" + id + "' differs from data.eventId '"
					+ data.path("eventId").asString() + "'");
		}
		try {
			return mapper.treeToValue(data, type.recordType());
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Cannot read " + type.eventName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private static void requireValid(JsonSchema schema, String json, String what) {
		Set<ValidationMessage> errors = schema.validate(json, InputFormat.JSON);
		if (!errors.isEmpty()) {
			String reasons = errors.stream()
				.limit(MAX_REASON_MESSAGES)
				.map(ValidationMessage::getMessage)
				.sorted()
				.collect(Collectors.joining("; "));
			throw new InvalidEventException("Invalid " + what + ": " + reasons);
		}
	}

	private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, String resource) {
		try (InputStream in = EventCodec.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Schema missing from the classpath: " + resource);
			}
			return factory.getSchema(in, config);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An encoded event as a Kafka record: on its topic, under its partition key, with the content type and the
	 * CloudEvents type as headers, as every Lantern producer sends it.
	 */
	public static ProducerRecord<String, String> record(String topic, String key, String envelope, String ceType) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope);
		record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
		record.headers().add(TYPE_HEADER, ceType.getBytes(StandardCharsets.UTF_8));
		return record;
	}
}
