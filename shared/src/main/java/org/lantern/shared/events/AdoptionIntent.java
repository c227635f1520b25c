package org.lantern.shared.events;

/** Whether an attendee expects to adopt what it saw. */
public enum AdoptionIntent {
	YES, MAYBE, NO
}
