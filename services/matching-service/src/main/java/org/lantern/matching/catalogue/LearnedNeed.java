package org.lantern.matching.catalogue;

import java.time.Instant;

import org.lantern.engine.match.AnsweredNeeds;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A need an innovation answered, learned from an attendee who found the gathering useful: the request's own words,
 * so the next council that describes its need the same way is matched to the same innovation. One per request and
 * innovation ({@code id}), so a redelivered or repeated feedback changes nothing.
 *
 * @param grade 3 for feedback "very useful" (5 of 5), 2 for "useful" (4)
 */
@Document("learned_needs")
public record LearnedNeed(@Id String id, String innovationId, String innovationTitle, int grade, String requestId,
		String text, Instant learnedAt) {

	static String idOf(String requestId, String innovationId) {
		return requestId + "|" + innovationId;
	}

	AnsweredNeeds.Need toEngine() {
		return new AnsweredNeeds.Need(innovationId, innovationTitle, grade, requestId, text);
	}
}
