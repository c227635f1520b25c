package org.lantern.notification.mail;

import java.time.Clock;
import java.time.Instant;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.lantern.shared.events.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Queues rendered emails, at most once per event, role and recipient; only to addresses that are addresses. */
@Component
public class MailQueue {

	private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	MailQueue(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** @return false if this event had already queued mail for this role */
	public boolean enqueue(String eventId, String role, String subjectRef, Contact to, RenderedMail mail) {
		return insert(OutgoingMail.idOf(eventId, role), eventId, role, subjectRef, null, to, mail, null, null, null);
	}

	/**
	 * Queues one email of an event to one of several recipients in a role, to be sent at {@code sendAt} (null: now).
	 * @return false if it had been queued already, or the address is not a single plain address
	 */
	public boolean enqueue(String eventId, String role, String subjectRef, String recipientRef, Contact to,
			RenderedMail mail, String category, Instant sendAt, CalendarAttachment calendar) {
		return insert(OutgoingMail.idOf(eventId, role, recipientRef), eventId, role, subjectRef, recipientRef, to, mail,
				category, sendAt, calendar);
	}

	/**
	 * Withdraws mail of a category about a subject that has not gone yet (e.g. reminders of a gathering that moved).
	 * @param recipientRef only this recipient's, or everyone's when null
	 * @return how many were withdrawn
	 */
	public long cancelPending(String subjectRef, String category, String recipientRef) {
		Criteria criteria = Criteria.where("subjectRef")
			.is(subjectRef)
			.and("category")
			.is(category)
			.and("status")
			.is(MailStatus.PENDING);
		if (recipientRef != null) {
			criteria = criteria.and("recipientRef").is(recipientRef);
		}
		return mongo.updateMulti(Query.query(criteria), new Update().set("status", MailStatus.CANCELLED),
				OutgoingMail.class).getModifiedCount();
	}

	private boolean insert(String id, String eventId, String role, String subjectRef, String recipientRef, Contact to,
			RenderedMail mail, String category, Instant sendAt, CalendarAttachment calendar) {
		if (to == null || !isPlainAddress(to.email())) {
			log.warn("Not queueing mail {}: '{}' is not a single plain email address", id, to == null ? null : to.email());
			return false;
		}
		Instant now = clock.instant();
		try {
			mongo.insert(new OutgoingMail(id, eventId, role, subjectRef, to.email(), mail.subject(), mail.text(),
					mail.html(), MailStatus.PENDING, 0, sendAt == null ? now : sendAt, null, now, null, category,
					recipientRef, calendar == null ? null : calendar.ics(), calendar == null ? null : calendar.method()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** One address, strictly parsed, with nothing a header could be smuggled in with. */
	static boolean isPlainAddress(String address) {
		if (address == null || address.isBlank() || !address.equals(address.strip())
				|| address.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ',' || c == '<' || c == '>' || c == '"')) {
			return false;
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			return address.equals(parsed.getAddress());
		}
		catch (AddressException ex) {
			return false;
		}
	}
}
