package org.lantern.system;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same flow on Apache Kafka and real MongoDB in containers, where Docker exists; skipped elsewhere. It keeps
 * the wire-compatible MongoDB of the embedded run honest.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersEndToEndTest extends EndToEndScenario {

	@Container
	static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");

	@Override
	protected String bootstrapServers() {
		return kafka.getBootstrapServers();
	}

	@Override
	protected String mongoUri(String database) {
		return mongo.getReplicaSetUrl(database);
	}
}
