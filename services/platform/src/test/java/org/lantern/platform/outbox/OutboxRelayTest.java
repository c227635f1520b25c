package org.lantern.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.platform.LanternProperties;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@EmbeddedKafka(topics = "outbox-test")
class OutboxRelayTest {

	private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(InMemoryMongo.uri("outbox_test")),
			"outbox_test");

	private final LanternProperties.Outbox settings = new LanternProperties.Outbox(List.of("things"),
			Duration.ofMillis(100), 50, Duration.ofSeconds(2));

	@Test
	void shouldKeepEventsWhileTheBrokerIsAwayAndPublishThemInOrderWhenItIsBack(EmbeddedKafkaBroker broker) {
		mongo.insert(new Document("_id", "thing-1").append("name", "a thing")
			.append("outbox", List.of(entry("evt-1"), entry("evt-2"))), "things");

		OutboxRelay brokerAway = new OutboxRelay(mongo, template("127.0.0.1:1"), settings);
		assertThat(brokerAway.relay("things")).isZero();
		assertThat(brokerAway.failureCount()).isEqualTo(1);
		assertThat(brokerAway.pendingCount()).isEqualTo(2);

		OutboxRelay brokerBack = new OutboxRelay(mongo, template(broker.getBrokersAsString()), settings);
		assertThat(brokerBack.relay("things")).isEqualTo(2);
		assertThat(brokerBack.pendingCount()).isZero();
		assertThat(mongo.findById("thing-1", Document.class, "things").getString("name")).isEqualTo("a thing");

		try (TopicProbe probe = new TopicProbe(broker.getBrokersAsString(), "outbox-test")) {
			probe.await(r -> r.value().equals("payload of evt-2"));
			assertThat(probe.seen(r -> "thing-1".equals(r.key()))).extracting(r -> r.value())
				.containsExactly("payload of evt-1", "payload of evt-2");
		}
	}

	@Test
	void shouldDrainABacklogLargerThanOneBatchInOnePollKeepingEachDocumentsOrder(EmbeddedKafkaBroker broker) {
		// 120 documents, batches of 50: one poll must go on until nothing is left, not stop after the first 50.
		for (int d = 0; d < 120; d++) {
			mongo.insert(new Document("_id", "backlog-" + d).append("outbox",
					List.of(entry("b" + d + "-1", "backlog-" + d), entry("b" + d + "-2", "backlog-" + d),
							entry("b" + d + "-3", "backlog-" + d))),
					"things");
		}
		OutboxRelay relay = new OutboxRelay(mongo, template(broker.getBrokersAsString()), settings);

		relay.relayPending();

		assertThat(relay.pendingCount()).isZero();
		assertThat(relay.publishedCount()).isEqualTo(360);
		try (TopicProbe probe = new TopicProbe(broker.getBrokersAsString(), "outbox-test")) {
			probe.await(r -> r.value().equals("payload of b119-3"));
			for (int d = 0; d < 120; d += 17) {
				String key = "backlog-" + d;
				assertThat(probe.seen(r -> key.equals(r.key()))).extracting(r -> r.value())
					.containsExactly("payload of b" + d + "-1", "payload of b" + d + "-2", "payload of b" + d + "-3");
			}
		}
	}

	private static Document entry(String eventId) {
		return entry(eventId, "thing-1");
	}

	private static Document entry(String eventId, String key) {
		return new Document("eventId", eventId).append("type", "org.lantern.test.v1")
			.append("topic", "outbox-test")
			.append("key", key)
			.append("payload", "payload of " + eventId)
			.append("createdAt", Instant.now());
	}

	private static KafkaTemplate<String, String> template(String bootstrapServers) {
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.MAX_BLOCK_MS_CONFIG, 500, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
				500, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1000), new StringSerializer(), new StringSerializer()));
	}
}
