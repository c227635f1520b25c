package org.lantern.notification.matches;

import java.time.Instant;

import org.lantern.shared.events.UnmatchedReason;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A learning request the matcher could not serve, and why; gone once a match is proposed for it. */
@Document("unserved_requests")
public record UnservedRequest(@Id String requestId, String seekerCouncil, String seekerCouncilName, String region,
		UnmatchedReason reason, String explanation, Instant since) {
}
