package org.lantern.notification.mail;

public enum MailStatus {
	PENDING, SENT
}
