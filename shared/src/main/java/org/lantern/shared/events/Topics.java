package org.lantern.shared.events;

import java.util.List;

/** Kafka topic names, one per aggregate family; each has a dead-letter twin for records that cannot be processed. */
public final class Topics {

	public static final String INNOVATIONS = "lantern.innovations";

	public static final String EVALUATIONS = "lantern.evaluations";

	public static final String LEARNING_REQUESTS = "lantern.learning-requests";

	public static final String MATCHES = "lantern.matches";

	public static final String GATHERINGS = "lantern.gatherings";

	public static final List<String> ALL = List.of(INNOVATIONS, EVALUATIONS, LEARNING_REQUESTS, MATCHES, GATHERINGS);

	private Topics() {
	}

	/** The dead-letter topic of a topic. */
	public static String deadLetter(String topic) {
		return topic + ".DLT";
	}
}
