package org.lantern.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lantern.platform.outbox.Outbox;
import org.lantern.platform.web.ConflictException;
import org.lantern.platform.web.InvalidRequestException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.platform.web.ReferenceChecks;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.events.LearningRequestWithdrawn;
import org.lantern.shared.reference.Council;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

@Service
class LearningRequestService {

	private final LearningRequestRepository requests;

	private final Outbox outbox;

	LearningRequestService(LearningRequestRepository requests, Outbox outbox) {
		this.requests = requests;
		this.outbox = outbox;
	}

	LearningRequest submit(LearningRequestForm form) {
		Council seeker = ReferenceChecks.council("seekerCouncil", form.seekerCouncil());
		ReferenceChecks.window("window", form.window().from(), form.window().to());
		Instant now = outbox.clock().instant();
		if (form.window().to().isBefore(now.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
			throw new InvalidRequestException("window.to", "is in the past");
		}
		String id = form.id() != null ? form.id() : "req-" + UUID.randomUUID().toString().substring(0, 8);
		LearningRequest request = LearningRequest.submit(id, form, seeker.region(), now);
		request.publish(outbox.entryFor(new LearningRequestSubmitted(Outbox.newEventId(), now, id,
				request.getSeekerCouncil(), request.getSeekerRegion(), request.getTopic(), request.getServiceAreas(),
				request.getFormats(), request.getWindow(), request.getMaxTravelKm(), request.getAttendees(),
				request.getContact())));
		try {
			return requests.insert(request);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("A learning request with id '" + id + "' already exists");
		}
	}

	LearningRequest withdraw(String id, String reason) {
		LearningRequest request = get(id);
		request.withdraw(reason);
		request.publish(outbox.entryFor(new LearningRequestWithdrawn(Outbox.newEventId(), outbox.clock().instant(), id,
				request.getSeekerCouncil(), request.getSeekerRegion(), reason)));
		return requests.save(request);
	}

	LearningRequest get(String id) {
		return requests.findById(id)
			.orElseThrow(() -> new NotFoundException("No learning request with id '" + id + "'"));
	}

	List<LearningRequest> list(String seekerCouncil) {
		return seekerCouncil == null ? requests.findAll() : requests.findBySeekerCouncil(seekerCouncil);
	}
}
