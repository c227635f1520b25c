package org.lantern.bench.dataset;

/** A dataset file that cannot be used, with a message that says where and why. */
public class DatasetException extends RuntimeException {

	public DatasetException(String message) {
		super(message);
	}

	public DatasetException(String message, Throwable cause) {
		super(message, cause);
	}
}
