package org.lantern.notification.mail;

/** An email's subject and its two bodies, as the recipient's mail program will show them. */
public record RenderedMail(String subject, String text, String html) {
}
