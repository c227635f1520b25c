package org.lantern.innovation;

import java.time.Instant;

import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;

/** An innovation as the API shows it. */
record InnovationView(String id, InnovationStatus status, String hostCouncilName, InnovationDetails innovation,
		String withdrawalReason, Instant registeredAt, Instant updatedAt, Long version) {

	static InnovationView of(Innovation innovation) {
		String hostName = Councils.reference()
			.find(innovation.getDetails().hostCouncil())
			.map(Council::name)
			.orElse(innovation.getDetails().hostCouncil());
		return new InnovationView(innovation.getId(), innovation.getStatus(), hostName, innovation.getDetails(),
				innovation.getWithdrawalReason(), innovation.getRegisteredAt(), innovation.getUpdatedAt(),
				innovation.getVersion());
	}
}
