package org.lantern.shared.events;

import java.util.List;

/** A council presenting at a gathering, with the innovations it presents and who to write to. */
public record GatheringHost(String council, String councilName, Contact contact, List<String> innovationIds) {
}
