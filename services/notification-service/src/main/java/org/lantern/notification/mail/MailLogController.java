package org.lantern.notification.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What Lantern has written to whom, and what is still waiting for the mail server. */
@RestController
@RequestMapping("/api/notifications")
class MailLogController {

	private final MongoTemplate mongo;

	MailLogController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@GetMapping
	List<MailView> list(@RequestParam(required = false) String requestId,
			@RequestParam(required = false) String gatheringId) {
		String subject = requestId != null ? requestId : gatheringId;
		Query query = subject == null ? new Query() : Query.query(Criteria.where("subjectRef").is(subject));
		query.with(Sort.by(Sort.Direction.DESC, "queuedAt")).limit(200);
		return mongo.find(query, OutgoingMail.class)
			.stream()
			.map(m -> new MailView(m.id(), m.role(), m.subjectRef(), m.to(), m.subject(), m.status(), m.attempts(),
					m.lastError(), m.queuedAt(), m.nextAttemptAt(), m.sentAt(), m.calendarMethod()))
			.toList();
	}

	record MailView(String id, String role, String requestId, String to, String subject, MailStatus status,
			int attempts, String lastError, Instant queuedAt, Instant nextAttemptAt, Instant sentAt,
			String calendarMethod) {
	}
}
