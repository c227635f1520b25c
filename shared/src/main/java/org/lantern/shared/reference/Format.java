package org.lantern.shared.reference;

/** Ways of learning face to face (or not) that a host offers and a seeker accepts. */
public enum Format {
	HOSTED_VISIT, OPEN_DAY, NETWORK_MEETING, VIRTUAL
}
