package org.lantern.notification.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email, rendered when its event arrived and kept until it is sent. {@code id} is the event id and the
 * recipient's role, so the same event can never queue the same email twice.
 */
@Document("outgoing_mail")
public record OutgoingMail(@Id String id, String eventId, String role, String subjectRef, String to, String subject,
		String text, String html, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
		Instant queuedAt, Instant sentAt) {

	public static String idOf(String eventId, String role) {
		return eventId + ":" + role;
	}
}
