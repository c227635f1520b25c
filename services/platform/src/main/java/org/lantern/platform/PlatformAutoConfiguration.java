package org.lantern.platform;

import java.time.Clock;

import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.outbox.Outbox;
import org.lantern.platform.outbox.OutboxRelay;
import org.lantern.platform.web.ProblemDetailsAdvice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the platform into every service that has it on its classpath. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(LanternProperties.class)
@Import({ KafkaErrorHandlingConfiguration.class, ProblemDetailsAdvice.class })
public class PlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * A reply that never comes must fail the operation, not hang the thread that asked: scheduled work (the outbox
	 * relay, planning, mail) is retried on its next round. Seen with mongo-java-server, which can drop a reply.
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer boundedMongoReads(
			@Value("${lantern.mongo.read-timeout:15s}") java.time.Duration readTimeout) {
		return builder -> builder.applyToSocketSettings(
				socket -> socket.readTimeout((int) readTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
	}

	@Bean
	EventCodec eventCodec(@Value("${spring.application.name:lantern}") String applicationName) {
		return new EventCodec("/lantern/" + applicationName);
	}

	@Bean
	Outbox outbox(EventCodec codec, Clock clock) {
		return new Outbox(codec, clock);
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, LanternProperties properties) {
		return new OutboxRelay(mongo, kafka, properties.outbox());
	}

	@Bean
	IdempotentConsumer idempotentConsumer(MongoTemplate mongo, EventCodec codec, Clock clock) {
		return new IdempotentConsumer(mongo, codec, clock);
	}
}
