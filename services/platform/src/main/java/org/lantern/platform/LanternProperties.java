package org.lantern.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every Lantern service shares, under {@code lantern.*}.
 *
 * @param outbox how pending events are relayed from MongoDB to Kafka
 * @param kafka topic layout and consumer retry policy
 */
@ConfigurationProperties("lantern")
public record LanternProperties(@DefaultValue Outbox outbox, @DefaultValue Kafka kafka) {

	/**
	 * @param collections MongoDB collections whose documents carry an {@code outbox} array
	 * @param pollInterval how often the relay looks for pending events
	 * @param batchSize documents relayed per collection per poll
	 * @param sendTimeout how long one publish may wait for the broker before the relay tries again later
	 */
	public record Outbox(@DefaultValue List<String> collections, @DefaultValue("100ms") Duration pollInterval,
			@DefaultValue("200") int batchSize, @DefaultValue("10s") Duration sendTimeout) {
	}

	/**
	 * @param partitions partitions of each topic created at start-up (existing topics are left alone)
	 * @param replicas replication factor of created topics
	 * @param retryInterval pause between attempts at a failing record
	 * @param retryAttempts retries of a failing record before it is dead-lettered (invalid events are not retried)
	 */
	public record Kafka(@DefaultValue("3") int partitions, @DefaultValue("1") short replicas,
			@DefaultValue("500ms") Duration retryInterval, @DefaultValue("3") long retryAttempts) {
	}
}
