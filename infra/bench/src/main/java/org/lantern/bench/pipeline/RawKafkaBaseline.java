package org.lantern.bench.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the broker alone does with the same records: the request envelopes, with their keys, produced to a fresh
 * topic shaped like {@code lantern.learning-requests} (three partitions) by a producer configured like the
 * pipeline's, and consumed by one consumer. The clock runs from the first send to the last record received.
 */
final class RawKafkaBaseline {

	private static final int PARTITIONS = 3;

	private RawKafkaBaseline() {
	}

	/** @return seconds from the first send to the last record received */
	static double measure(PipelineStack stack, List<ProducerRecord<String, String>> records, Duration timeout)
			throws InterruptedException, ExecutionException, TimeoutException {
		String topic = "lantern-bench.raw-" + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
			admin.createTopics(Set.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		try (KafkaConsumer<String, String> consumer = stack.consumer();
				KafkaProducer<String, String> producer = stack.producer()) {
			PipelineStack.assignFromStart(consumer, topic);
			int expected = records.size();
			long deadline = System.nanoTime() + timeout.toNanos();
			CompletableFuture<Long> lastReceived = CompletableFuture.supplyAsync(() -> {
				int received = 0;
				long last = 0;
				while (received < expected && System.nanoTime() < deadline) {
					int got = consumer.poll(Duration.ofMillis(100)).count();
					if (got > 0) {
						received += got;
						last = System.nanoTime();
					}
				}
				if (received < expected) {
					throw new IllegalStateException("raw Kafka: " + received + " of " + expected + " records came back");
				}
				return last;
			});
			long first = System.nanoTime();
			for (ProducerRecord<String, String> r : records) {
				producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), r.headers()));
			}
			producer.flush();
			return (lastReceived.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS) - first) / 1e9;
		}
	}
}
