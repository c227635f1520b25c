package org.lantern.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.lantern.platform.LanternProperties;
import org.lantern.platform.events.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in documents' {@code outbox} arrays and removes each one once the broker has
 * acknowledged it. If the broker is away, entries stay where they are and go out when it is back: delayed, never
 * lost. A crash between publish and removal publishes the event again, which idempotent consumers ignore; so does a
 * service saving its document from a copy read just before the removal (the removal does not bump the version, so
 * the save is not refused, and a refused save would fail the caller for an event that is already out).
 */
public class OutboxRelay {

	public static final String OUTBOX_FIELD = "outbox";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final LanternProperties.Outbox properties;

	private final AtomicLong published = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, LanternProperties.Outbox properties) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${lantern.outbox.poll-interval:100ms}")
	public void relayPending() {
		for (String collection : properties.collections()) {
			// A full batch means more are waiting: drain them now rather than one batch per poll interval.
			while (relayBatch(collection).full()) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
			}
		}
	}

	/** Relays one batch from a collection; returns the number of events published. */
	public int relay(String collection) {
		return relayBatch(collection).published();
	}

	/**
	 * Sends every pending event of a batch of documents before waiting for any acknowledgement, so the producer
	 * batches them and the broker's round trips overlap; then removes from each document the events acknowledged, in
	 * order up to its first failure. Per aggregate the order holds: one document's events go to one partition (one
	 * key), and the idempotent producer keeps a partition's order across its retries. A failed event keeps the later
	 * ones of its document behind it; any of those the broker did take go out again with it, which idempotent
	 * consumers ignore.
	 */
	private Batch relayBatch(String collection) {
		Query pending = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true)).limit(properties.batchSize());
		pending.fields().include(OUTBOX_FIELD);
		List<Document> documents = mongo.find(pending, Document.class, collection);
		List<List<Sending>> sendings = new ArrayList<>(documents.size());
		for (Document document : documents) {
			sendings.add(send(document.getList(OUTBOX_FIELD, Document.class)));
		}
		int count = 0;
		for (int d = 0; d < documents.size(); d++) {
			List<String> acknowledged = new ArrayList<>();
			for (Sending sending : sendings.get(d)) {
				if (!acknowledged(sending)) {
					break;
				}
				acknowledged.add(sending.eventId());
			}
			if (!acknowledged.isEmpty()) {
				mongo.updateFirst(Query.query(Criteria.where("_id").is(documents.get(d).get("_id"))),
						new Update().pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", acknowledged))),
						collection);
				count += acknowledged.size();
			}
		}
		published.addAndGet(count);
		return new Batch(count, documents.size() >= properties.batchSize());
	}

	private record Batch(int published, boolean full) {
	}

	private record Sending(String eventId, String topic, CompletableFuture<?> result) {
	}

	/** Hands one document's events to the producer in order, stopping at the first it will not take. */
	private List<Sending> send(List<Document> entries) {
		List<Sending> sendings = new ArrayList<>(entries.size());
		for (Document entry : entries) {
			ProducerRecord<String, String> record = EventCodec.record(entry.getString("topic"), entry.getString("key"),
					entry.getString("payload"), entry.getString("type"));
			CompletableFuture<?> result;
			try {
				result = kafka.send(record);
			}
			// send() itself throws when it cannot even find the broker (metadata timeout); that too is "later".
			catch (RuntimeException ex) {
				result = CompletableFuture.failedFuture(ex);
			}
			sendings.add(new Sending(entry.getString("eventId"), entry.getString("topic"), result));
			if (result.isCompletedExceptionally()) {
				break;
			}
		}
		return sendings;
	}

	private boolean acknowledged(Sending sending) {
		try {
			sending.result().get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			failures.incrementAndGet();
			Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
			log.warn("Could not publish event {} to {}; will retry: {}", sending.eventId(), sending.topic(),
					cause.getMessage());
			return false;
		}
	}

	public long publishedCount() {
		return published.get();
	}

	public long failureCount() {
		return failures.get();
	}

	/** Events still waiting across the configured collections: an operator's view of a broker outage. */
	public long pendingCount() {
		long pending = 0;
		for (String collection : properties.collections()) {
			Query query = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true));
			query.fields().include(OUTBOX_FIELD);
			for (Document document : mongo.find(query, Document.class, collection)) {
				List<Document> entries = document.getList(OUTBOX_FIELD, Document.class);
				pending += entries.size();
			}
		}
		return pending;
	}
}
