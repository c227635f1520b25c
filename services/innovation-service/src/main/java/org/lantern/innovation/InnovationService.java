package org.lantern.innovation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lantern.platform.outbox.Outbox;
import org.lantern.platform.web.ConflictException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.platform.web.ReferenceChecks;
import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.events.InnovationRegistered;
import org.lantern.shared.events.InnovationUpdated;
import org.lantern.shared.events.InnovationWithdrawn;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registers, updates and withdraws innovations; each change and its event are saved together. */
@Service
class InnovationService {

	private final InnovationRepository innovations;

	private final Outbox outbox;

	InnovationService(InnovationRepository innovations, Outbox outbox) {
		this.innovations = innovations;
		this.outbox = outbox;
	}

	Innovation register(InnovationForm form) {
		InnovationDetails details = checked(form);
		String id = form.id() != null ? form.id() : "inn-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = outbox.clock().instant();
		Innovation innovation = Innovation.register(id, details, now);
		innovation.publish(outbox.entryFor(new InnovationRegistered(Outbox.newEventId(), now, id, details)));
		try {
			return innovations.insert(innovation);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("An innovation with id '" + id + "' is already registered");
		}
	}

	Innovation update(String id, InnovationForm form) {
		InnovationDetails details = checked(form);
		Innovation innovation = get(id);
		if (!innovation.getDetails().hostCouncil().equals(details.hostCouncil())) {
			throw new ConflictException("The host council of an innovation cannot change; withdraw and register anew");
		}
		Instant now = outbox.clock().instant();
		innovation.update(details, now);
		innovation.publish(outbox.entryFor(new InnovationUpdated(Outbox.newEventId(), now, id, details)));
		return innovations.save(innovation);
	}

	Innovation withdraw(String id, String reason) {
		Innovation innovation = get(id);
		Instant now = outbox.clock().instant();
		innovation.withdraw(reason, now);
		innovation.publish(outbox.entryFor(new InnovationWithdrawn(Outbox.newEventId(), now, id,
				innovation.getDetails().hostCouncil(), reason)));
		return innovations.save(innovation);
	}

	Innovation get(String id) {
		return innovations.findById(id).orElseThrow(() -> new NotFoundException("No innovation with id '" + id + "'"));
	}

	List<Innovation> list(String hostCouncil) {
		return hostCouncil == null ? innovations.findAll() : innovations.findByDetailsHostCouncil(hostCouncil);
	}

	private static InnovationDetails checked(InnovationForm form) {
		ReferenceChecks.council("hostCouncil", form.hostCouncil());
		ReferenceChecks.councils("partnerCouncils", form.partnerCouncils());
		return form.toDetails();
	}
}
