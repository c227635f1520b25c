package org.lantern.gathering.gatherings;

import java.time.Instant;

import org.lantern.shared.events.Contact;

/** A council that adopted an innovation it saw at a gathering and offered to show it to others in turn. */
public record SecondaryHost(String council, String innovationId, Contact contact, Instant offeredAt) {
}
