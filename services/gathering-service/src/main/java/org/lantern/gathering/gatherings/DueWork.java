package org.lantern.gathering.gatherings;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Work that falls due at a time: a wake-up call stored in MongoDB, so that it survives a restart, and claimed with
 * an atomic find-and-modify, so that with two instances only one runs it. The gathering stays the truth: the work
 * re-reads it when it runs, so a wake-up call left stale by a reschedule or a cancellation does no harm.
 *
 * @param id the gathering id and the kind, so each gathering has at most one of each
 * @param claimedUntil an instance that claimed the work holds it until then; a crashed one's claim lapses
 */
@Document("due_work")
record DueWork(@Id String id, String gatheringId, Kind kind, Instant dueAt, Instant claimedUntil, boolean done,
		Instant doneAt, int attempts) {

	enum Kind {
		/** The gathering's date has passed: mark it held and ask its attendees for feedback. */
		HELD
	}

	static String idOf(String gatheringId, Kind kind) {
		return gatheringId + ":" + kind;
	}
}
