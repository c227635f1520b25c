package org.lantern.bench.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.lantern.shared.events.EventType;
import org.lantern.shared.events.Topics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code lantern.matches} on its own thread and notes, per request, when its first decision arrived: the first
 * match-proposed (a matched request gets one per proposal) or request-unmatched. A later re-match of an unmatched
 * request does not move its time: the request had its answer already.
 */
final class DecisionWatcher implements AutoCloseable {

	private static final String MATCH_PROPOSED = EventType.MATCH_PROPOSED.ceType();

	private static final String REQUEST_UNMATCHED = EventType.REQUEST_UNMATCHED.ceType();

	/**
	 * @param at when it arrived here ({@link System#nanoTime()})
	 * @param arrived the same moment by the wall clock
	 * @param decided when the service decided, by its own clock (the event's {@code time}; same machine)
	 */
	record Decision(long at, Instant arrived, Instant decided, boolean matched) {
	}

	private final KafkaConsumer<String, String> consumer;

	private final Set<String> expected;

	private final Map<String, Decision> decisions = new ConcurrentHashMap<>();

	private final CountDownLatch remaining;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile RuntimeException failure;

	private DecisionWatcher(KafkaConsumer<String, String> consumer, Set<String> expected) {
		this.consumer = consumer;
		this.expected = expected;
		this.remaining = new CountDownLatch(expected.size());
		this.thread = new Thread(this::poll, "pipeline-decisions");
		this.thread.setDaemon(true);
	}

	/** Returns once the consumer holds its positions, so no decision published from now on can be missed. */
	static DecisionWatcher start(PipelineStack stack, Set<String> requestIds) {
		KafkaConsumer<String, String> consumer = stack.consumer();
		try {
			PipelineStack.assignFromStart(consumer, Topics.MATCHES);
		}
		catch (RuntimeException ex) {
			consumer.close();
			throw ex;
		}
		DecisionWatcher watcher = new DecisionWatcher(consumer, requestIds);
		watcher.thread.start();
		return watcher;
	}

	private void poll() {
		try {
			while (running) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
					note(record.value(), System.nanoTime(), Instant.now());
				}
			}
		}
		catch (WakeupException ex) {
			// close() asked us to stop
		}
		catch (RuntimeException ex) {
			failure = ex;
			while (remaining.getCount() > 0) {
				remaining.countDown();
			}
		}
		finally {
			consumer.close();
		}
	}

	private void note(String value, long at, Instant arrived) {
		JsonNode envelope;
		try {
			envelope = CloudEvents.JSON.readTree(value);
		}
		catch (JacksonException ex) {
			return;
		}
		String type = envelope.path("type").asString("");
		String requestId = envelope.path("data").path("requestId").asString("");
		if (!expected.contains(requestId) || !(type.equals(MATCH_PROPOSED) || type.equals(REQUEST_UNMATCHED))) {
			return;
		}
		Instant decided;
		try {
			decided = Instant.parse(envelope.path("time").asString(""));
		}
		catch (DateTimeParseException ex) {
			decided = arrived;
		}
		if (decisions.putIfAbsent(requestId, new Decision(at, arrived, decided, type.equals(MATCH_PROPOSED))) == null) {
			remaining.countDown();
		}
	}

	/** Waits up to {@code timeout} for every request to be decided; true if they all are. */
	boolean awaitAll(Duration timeout) throws InterruptedException {
		boolean done = remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (failure != null) {
			throw new IllegalStateException("Reading " + Topics.MATCHES + " failed: " + failure.getMessage(), failure);
		}
		return done;
	}

	int decided() {
		return decisions.size();
	}

	/** The decisions so far, by request id. */
	Map<String, Decision> decisions() {
		return Map.copyOf(decisions);
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		consumer.wakeup();
		thread.join(Duration.ofSeconds(10).toMillis());
	}
}
