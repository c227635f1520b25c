package org.lantern.platform.consumer;

import java.time.Clock;
import java.util.function.Consumer;

import org.bson.Document;
import org.lantern.platform.events.EventCodec;
import org.lantern.shared.events.LanternEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Decodes, validates and de-duplicates incoming records by event id. The processed id is recorded after the
 * handler succeeds, and handlers are written so that running one twice (after a crash in between) changes nothing
 * more: upserts by natural key, or their own unique keys, as the mail log has.
 */
public class IdempotentConsumer {

	/** Processed event ids; {@code _id} is the event id, so the index that makes it unique is MongoDB's own. */
	public static final String COLLECTION = "processed_events";

	private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

	private final MongoTemplate mongo;

	private final EventCodec codec;

	private final Clock clock;

	public IdempotentConsumer(MongoTemplate mongo, EventCodec codec, Clock clock) {
		this.mongo = mongo;
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * Handles a record value once.
	 * @return true if the handler ran, false if the event had already been processed
	 * @throws org.lantern.platform.events.InvalidEventException if the value is not a valid event
	 */
	public boolean consume(String value, Consumer<LanternEvent> handler) {
		LanternEvent event = codec.decode(value);
		if (alreadyProcessed(event.eventId())) {
			log.debug("Skipping event {}: already processed", event.eventId());
			return false;
		}
		handler.accept(event);
		try {
			mongo.insert(new Document("_id", event.eventId()).append("type", event.getClass().getSimpleName())
				.append("processedAt", clock.instant()), COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// Another instance processed it at the same moment; the handler's own keys kept the effect single.
		}
		return true;
	}

	public boolean alreadyProcessed(String eventId) {
		return mongo.exists(Query.query(Criteria.where("_id").is(eventId)), COLLECTION);
	}
}
