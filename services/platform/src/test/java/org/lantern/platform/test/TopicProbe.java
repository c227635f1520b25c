package org.lantern.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the start, as an outside client would, and waits for records to appear. */
public final class TopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	public TopicProbe(String bootstrapServers, String... topics) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
				new StringDeserializer());
		consumer.subscribe(List.of(topics));
	}

	/** Waits until a record matching the predicate has been seen, and returns it. */
	public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match) {
		return await(match, Duration.ofSeconds(30));
	}

	public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
		org.awaitility.Awaitility.await().atMost(timeout).until(() -> {
			poll();
			return seen.stream().anyMatch(match);
		});
		return seen.stream().filter(match).findFirst().orElseThrow();
	}

	/** Everything seen so far that matches, after one more poll. */
	public List<ConsumerRecord<String, String>> seen(Predicate<ConsumerRecord<String, String>> match) {
		poll();
		return seen.stream().filter(match).toList();
	}

	public static Predicate<ConsumerRecord<String, String>> valueContains(String text) {
		return r -> r.value() != null && r.value().contains(text);
	}

	public static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private void poll() {
		consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
	}

	@Override
	public void close() {
		consumer.close();
	}
}
