package org.lantern.shared.events;

import java.util.List;

/** A learning request placed at a gathering: who comes, how many, to learn what, and why it was matched. */
public record GatheringAttendee(String requestId, String seekerCouncil, String seekerCouncilName, Contact contact,
		List<String> innovationIds, int people, List<String> reasons) {
}
