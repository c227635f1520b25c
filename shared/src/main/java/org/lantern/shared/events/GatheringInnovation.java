package org.lantern.shared.events;

/** An innovation shown at a gathering. */
public record GatheringInnovation(String innovationId, String title, String hostCouncil) {
}
