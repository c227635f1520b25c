package org.lantern.platform.web;

/** The request clashes with the resource's current state; answered with a 409 problem. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
