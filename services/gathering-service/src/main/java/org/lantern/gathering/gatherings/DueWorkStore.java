package org.lantern.gathering.gatherings;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Sets wake-up calls; setting one again moves it. */
@Component
class DueWorkStore {

	private final MongoTemplate mongo;

	DueWorkStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void wakeAt(String gatheringId, DueWork.Kind kind, Instant dueAt) {
		mongo.upsert(Query.query(Criteria.where("_id").is(DueWork.idOf(gatheringId, kind))),
				new Update().set("gatheringId", gatheringId)
					.set("kind", kind)
					.set("dueAt", dueAt)
					.set("done", false)
					.set("doneAt", null)
					.setOnInsert("claimedUntil", Instant.EPOCH)
					.setOnInsert("attempts", 0),
				DueWork.class);
	}
}
