package org.lantern.notification.mail;

/**
 * An iCalendar object to send with an email.
 *
 * @param method its METHOD ({@code REQUEST} or {@code CANCEL}), repeated in the part's content type as RFC 6047 asks
 * @param ics the iCalendar text
 */
public record CalendarAttachment(String method, String ics) {
}
