package org.lantern.shared.events;

/** Why a learning request got no proposal. */
public enum UnmatchedReason {
	/** Nothing in the catalogue addresses the need well enough. */
	NO_RELEVANT_INNOVATION,
	/** Relevant innovations exist but none can host in the seeker's formats, reach or window. */
	NO_REACHABLE_HOST,
	/** The request was withdrawn before it was matched. */
	WITHDRAWN
}
