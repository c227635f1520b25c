package org.lantern.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail. Each email is claimed with an atomic find-and-modify that pushes its next attempt into the
 * future, so two instances never send the same one; a failure doubles the wait up to a ceiling and the email stays
 * queued until the mail server takes it.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	/** Long enough for one SMTP conversation; a crashed sender's claim lapses after it. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final MongoTemplate mongo;

	private final JavaMailSender sender;

	private final MailProperties properties;

	private final Clock clock;

	private final Counter sent;

	private final Counter failed;

	MailDispatcher(MongoTemplate mongo, JavaMailSender sender, MailProperties properties, Clock clock,
			MeterRegistry metrics) {
		this.mongo = mongo;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.sent = metrics.counter("lantern.mail.sent");
		this.failed = metrics.counter("lantern.mail.failed.attempts");
		Gauge.builder("lantern.mail.pending", this, MailDispatcher::pendingCount).register(metrics);
		Gauge.builder("lantern.mail.scheduled", this, MailDispatcher::scheduledCount).register(metrics);
	}

	@Scheduled(fixedDelayString = "${lantern.mail.dispatch-interval:500ms}")
	public void dispatchDue() {
		for (OutgoingMail mail = claimNext(); mail != null; mail = claimNext()) {
			send(mail);
		}
	}

	private OutgoingMail claimNext() {
		Instant now = clock.instant();
		Query due = Query.query(Criteria.where("status").is(MailStatus.PENDING).and("nextAttemptAt").lte(now))
			.with(Sort.by("nextAttemptAt"));
		return mongo.findAndModify(due, new Update().set("nextAttemptAt", now.plus(CLAIM)),
				FindAndModifyOptions.options().returnNew(true), OutgoingMail.class);
	}

	private void send(OutgoingMail mail) {
		try {
			MimeMessage message = sender.createMimeMessage();
			if (mail.calendar() == null) {
				MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setText(mail.text(), mail.html());
			}
			else {
				message.setContent(withCalendar(mail));
			}
			message.setFrom(new InternetAddress(properties.from(), true));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
			message.setSubject(mail.subject(), "UTF-8");
			// Event ids come from other services: one line, whatever they hold.
			message.setHeader("X-Lantern-Event", mail.eventId().replaceAll("[\\r\\n]+", " "));
			sender.send(message);
			mongo.updateFirst(Query.query(Criteria.where("_id").is(mail.id())),
					new Update().set("status", MailStatus.SENT).set("sentAt", clock.instant()).inc("attempts", 1),
					OutgoingMail.class);
			sent.increment();
		}
		catch (MailException | MessagingException ex) {
			failed.increment();
			Duration wait = backOff(mail.attempts());
			log.warn("Mail {} to {} not sent (attempt {}), retrying in {}: {}", mail.id(), mail.to(),
					mail.attempts() + 1, wait, ex.getMessage());
			mongo.updateFirst(Query.query(Criteria.where("_id").is(mail.id())),
					new Update().inc("attempts", 1)
						.set("lastError", String.valueOf(ex.getMessage()))
						.set("nextAttemptAt", clock.instant().plus(wait)),
					OutgoingMail.class);
		}
	}

	/**
	 * Text, HTML and the calendar object as alternatives (so calendar programs offer to add, update or remove the
	 * entry), and the same object again as an {@code .ics} attachment for those that only look at attachments.
	 */
	private static MimeMultipart withCalendar(OutgoingMail mail) throws MessagingException {
		String method = mail.calendarMethod() == null ? "REQUEST" : mail.calendarMethod();
		MimeMultipart alternatives = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(mail.text(), "UTF-8", "plain");
		alternatives.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(mail.html(), "UTF-8", "html");
		alternatives.addBodyPart(html);
		MimeBodyPart calendar = new MimeBodyPart();
		calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=" + method);
		calendar.setHeader("Content-Transfer-Encoding", "8bit");
		alternatives.addBodyPart(calendar);

		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternatives);
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setContent(mail.calendar(), "application/ics; name=\"invite.ics\"");
		attachment.setDisposition(Part.ATTACHMENT);
		attachment.setFileName("invite.ics");
		MimeMultipart mixed = new MimeMultipart("mixed");
		mixed.addBodyPart(body);
		mixed.addBodyPart(attachment);
		return mixed;
	}

	Duration backOff(int failuresSoFar) {
		Duration wait = properties.firstRetryDelay().multipliedBy(1L << Math.min(failuresSoFar, 20));
		return wait.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : wait;
	}

	/** Mail due or being retried and not yet sent: grows while the mail server is away. */
	public double pendingCount() {
		return mongo.count(Query.query(Criteria.where("status").is(MailStatus.PENDING).orOperator(
				Criteria.where("attempts").gt(0), Criteria.where("nextAttemptAt").lte(clock.instant().plus(CLAIM)))),
				OutgoingMail.class);
	}

	/** Reminders and follow-ups waiting for their day (never tried yet, due later). */
	public double scheduledCount() {
		return mongo.count(Query.query(Criteria.where("status")
			.is(MailStatus.PENDING)
			.and("attempts")
			.is(0)
			.and("nextAttemptAt")
			.gt(clock.instant().plus(CLAIM))), OutgoingMail.class);
	}
}
