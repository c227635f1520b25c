package org.lantern.gathering.gatherings;

/** An attendee council's answer to its invitation. */
public enum Rsvp {
	/** Invited (or not yet, while the gathering is only proposed); no answer yet. */
	INVITED,
	/** Accepted and holds its places. */
	ACCEPTED,
	/** Accepted when the gathering was full: waits, in order, for places to free up. */
	WAITLISTED,
	/** Declined; holds no places. */
	DECLINED
}
