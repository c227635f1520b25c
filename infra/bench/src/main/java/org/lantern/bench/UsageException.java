package org.lantern.bench;

/** The command line was wrong: the bench prints the message and the usage, and exits with status 2. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}
}
