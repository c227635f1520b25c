package org.lantern.gathering.gatherings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Stores due work and runs what has fallen due, once across all instances. */
@Component
class DueWorkScheduler {

	private static final Logger log = LoggerFactory.getLogger(DueWorkScheduler.class);

	/** Long enough to run one piece of work; a crashed instance's claim lapses after it. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final GatheringService gatherings;

	private final MeterRegistry metrics;

	DueWorkScheduler(MongoTemplate mongo, Clock clock, GatheringService gatherings, MeterRegistry metrics) {
		this.mongo = mongo;
		this.clock = clock;
		this.gatherings = gatherings;
		this.metrics = metrics;
	}

	@Scheduled(fixedDelayString = "${lantern.gathering.due-work-interval:10s}")
	public void runDue() {
		for (DueWork work = claimNext(); work != null; work = claimNext()) {
			run(work);
		}
	}

	private DueWork claimNext() {
		Instant now = clock.instant();
		Query due = Query
			.query(Criteria.where("done").is(false).and("dueAt").lte(now).and("claimedUntil").lte(now))
			.with(Sort.by("dueAt"));
		return mongo.findAndModify(due, new Update().set("claimedUntil", now.plus(CLAIM)).inc("attempts", 1),
				FindAndModifyOptions.options().returnNew(true), DueWork.class);
	}

	private void run(DueWork work) {
		try {
			Instant notYet = switch (work.kind()) {
				case HELD -> gatherings.holdIfDue(work.gatheringId());
			};
			if (notYet != null) {
				// Rescheduled since the wake-up call was set: wake up again at the new time.
				mongo.updateFirst(Query.query(Criteria.where("_id").is(work.id())),
						new Update().set("dueAt", notYet).set("claimedUntil", Instant.EPOCH), DueWork.class);
				return;
			}
			mongo.updateFirst(Query.query(Criteria.where("_id").is(work.id())),
					new Update().set("done", true).set("doneAt", clock.instant()), DueWork.class);
			metrics.counter("lantern.gathering.due-work.done", "kind", work.kind().name()).increment();
		}
		catch (RuntimeException ex) {
			// The claim lapses and the work is tried again then.
			metrics.counter("lantern.gathering.due-work.failed", "kind", work.kind().name()).increment();
			log.warn("Due work {} failed (attempt {}), will retry after its claim lapses: {}", work.id(),
					work.attempts(), ex.toString());
		}
	}
}
