package org.lantern.notification.mail;

public enum MailStatus {
	/** Waiting to be sent: now, or at {@code nextAttemptAt} for a reminder or follow-up. */
	PENDING,
	SENT,
	/** A reminder or follow-up that no longer applies (the gathering moved or was cancelled); never sent. */
	CANCELLED
}
