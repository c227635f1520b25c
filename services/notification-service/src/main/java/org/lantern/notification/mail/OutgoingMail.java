package org.lantern.notification.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email, rendered when its event arrived and kept until it is sent. {@code id} is the event id, the recipient's
 * role and, where one event writes to several people in the same role, the recipient, so the same event can never
 * queue the same email twice. A reminder or follow-up is queued with {@code nextAttemptAt} in the future.
 *
 * @param category what kind of mail this is (e.g. {@code reminder}), so that pending ones can be withdrawn together
 * @param recipientRef who it is for within its subject (a request id or a council code)
 * @param calendar an iCalendar object sent as a {@code text/calendar} part and an {@code .ics} attachment, or null
 * @param calendarMethod the iCalendar METHOD of {@code calendar} ({@code REQUEST} or {@code CANCEL})
 */
@Document("outgoing_mail")
public record OutgoingMail(@Id String id, String eventId, String role, String subjectRef, String to, String subject,
		String text, String html, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
		Instant queuedAt, Instant sentAt, String category, String recipientRef, String calendar,
		String calendarMethod) {

	public static String idOf(String eventId, String role) {
		return eventId + ":" + role;
	}

	public static String idOf(String eventId, String role, String recipientRef) {
		return eventId + ":" + role + ":" + recipientRef;
	}
}
