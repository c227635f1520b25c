package org.lantern.shared.events;

/**
 * The theme a regional body asked a network meeting to be on, and who asked: they are told when it is planned.
 *
 * @param contact who to write to at the body, or null
 */
public record GatheringTheme(String themeRequestId, String theme, String requestedBy, Contact contact) {
}
