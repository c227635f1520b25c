package org.lantern.matching.planning;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the latest re-plan left unplaced. Every re-plan sees the whole country (other regions' gatherings held fixed),
 * so the latest one's list is the current one; re-plans run one at a time, so one document replaced each time is
 * enough.
 */
@Document("unserved_requests")
record UnservedRequests(@Id String id, List<PlannedUnserved> requests, Instant plannedAt) {

	static final String LATEST = "latest";
}
