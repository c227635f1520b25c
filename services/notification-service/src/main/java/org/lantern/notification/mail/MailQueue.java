package org.lantern.notification.mail;

import java.time.Clock;
import java.time.Instant;

import org.lantern.shared.events.Contact;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Queues rendered emails, at most once per event and role. */
@Component
public class MailQueue {

	private final MongoTemplate mongo;

	private final Clock clock;

	MailQueue(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** @return false if this event had already queued mail for this role */
	public boolean enqueue(String eventId, String role, String subjectRef, Contact to, RenderedMail mail) {
		Instant now = clock.instant();
		try {
			mongo.insert(new OutgoingMail(OutgoingMail.idOf(eventId, role), eventId, role, subjectRef, to.email(),
					mail.subject(), mail.text(), mail.html(), MailStatus.PENDING, 0, now, null, now, null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}
}
