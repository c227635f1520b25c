package org.lantern.platform.web;

/**
 * The request refers to something this service does not know (yet): answered with a 422 problem naming the field.
 * Services learn of other services' records from Kafka, so a client that has only just created the referenced
 * record may retry.
 */
public class UnknownReferenceException extends InvalidRequestException {

	public UnknownReferenceException(String field, String message) {
		super(field, message);
	}
}
