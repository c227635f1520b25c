package org.lantern.matching.planning;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A date a host said no to (by declining or cancelling a gathering): the planner treats it as a blackout date. */
@Document("host_unavailability")
record HostUnavailability(@Id String id, String council, LocalDate date) {

	static HostUnavailability of(String council, LocalDate date) {
		return new HostUnavailability(council + ":" + date, council, date);
	}
}
