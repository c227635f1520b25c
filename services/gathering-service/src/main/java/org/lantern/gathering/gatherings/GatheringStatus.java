package org.lantern.gathering.gatherings;

/** Where a gathering is in its life. */
public enum GatheringStatus {
	/** Proposed by the planner; waiting for its hosts. */
	PROPOSED,
	/** The venue host confirmed: invitations are out. */
	CONFIRMED,
	/** A host declined the proposal; its attendees went back to the planner. */
	DECLINED,
	/** A later plan of the region superseded the proposal before anyone confirmed it. */
	REPLACED,
	/** A host cancelled the confirmed gathering; its attendees went back to the planner. */
	CANCELLED,
	/** The date has passed: it took place. */
	HELD
}
