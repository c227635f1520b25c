package org.lantern.platform.web;

/** The resource asked for does not exist; answered with a 404 problem. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
