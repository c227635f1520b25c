package org.lantern.system;

import org.junit.jupiter.api.AfterAll;
import org.lantern.platform.test.InMemoryMongo;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The end-to-end flow on an in-JVM KRaft broker and the wire-compatible in-memory MongoDB. */
class EmbeddedStackEndToEndTest extends EndToEndScenario {

	private static EmbeddedKafkaKraftBroker broker;

	@AfterAll
	static void stopBroker() {
		if (broker != null) {
			broker.destroy();
		}
	}

	@Override
	protected String bootstrapServers() {
		// Started on first use: the scenario's own @BeforeAll runs before any a subclass declares.
		if (broker == null) {
			broker = new EmbeddedKafkaKraftBroker(1, 3);
			broker.afterPropertiesSet();
		}
		return broker.getBrokersAsString();
	}

	@Override
	protected String mongoUri(String database) {
		return InMemoryMongo.uri("e2e_" + database);
	}
}
