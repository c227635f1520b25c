package org.lantern.platform.events;

/**
 * A record that is not a valid Lantern event: unparseable, an unknown type, or failing its schema. Never retried:
 * it goes straight to the dead-letter topic with this message as the reason.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String reason) {
		super(reason);
	}

	public InvalidEventException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
