package org.lantern.platform.web;

/** A request that is well-formed but wrong, naming the field at fault; answered with a 400 problem. */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
