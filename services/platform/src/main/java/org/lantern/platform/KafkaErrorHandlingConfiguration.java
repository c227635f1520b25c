package org.lantern.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.lantern.platform.events.InvalidEventException;
import org.lantern.shared.events.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * One container-wide error handler: a failing record is retried a bounded number of times, then published to its
 * topic's dead-letter topic with the reason in the {@value #REASON_HEADER} header, and the consumer goes on. Records
 * that are not valid events are dead-lettered at once: retrying cannot fix them.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaErrorHandlingConfiguration {

	public static final String REASON_HEADER = "lantern-dlt-reason";

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, LanternProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				// A negative partition lets the producer choose, so a DLT needs no more partitions than we give it.
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		recoverer.setHeadersFunction((record, ex) -> {
			RecordHeaders headers = new RecordHeaders();
			headers.add(REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8));
			return headers;
		});
		LanternProperties.Kafka kafka = properties.kafka();
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
				new FixedBackOff(kafka.retryInterval().toMillis(), kafka.retryAttempts()));
		handler.addNotRetryableExceptions(InvalidEventException.class);
		return handler;
	}

	@Bean
	KafkaAdmin.NewTopics lanternTopics(LanternProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			topics.add(TopicBuilder.name(topic)
				.partitions(properties.kafka().partitions())
				.replicas(properties.kafka().replicas())
				.build());
			topics.add(TopicBuilder.name(Topics.deadLetter(topic))
				.partitions(1)
				.replicas(properties.kafka().replicas())
				.build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	/** The most specific message in the cause chain: listener wrappers say nothing useful. */
	static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof InvalidEventException)) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return cause instanceof InvalidEventException ? message : cause.getClass().getSimpleName() + ": " + message;
	}
}
