package org.lantern.gathering.gatherings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.lantern.platform.outbox.Outbox;
import org.lantern.platform.web.InvalidRequestException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.FeedbackSubmitted;
import org.lantern.shared.events.GatheringCancelled;
import org.lantern.shared.events.GatheringConfirmed;
import org.lantern.shared.events.GatheringDeclined;
import org.lantern.shared.events.GatheringHeld;
import org.lantern.shared.events.GatheringProposalWithdrawn;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringSeekersAdded;
import org.lantern.shared.events.GatheringRescheduled;
import org.lantern.shared.events.InvitationAccepted;
import org.lantern.shared.events.InvitationDeclined;
import org.lantern.shared.events.LanternEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The life of a gathering. Every change loads the gathering, applies the change and its events, and saves both in
 * one write guarded by the gathering's version; when someone else saved first, it reloads and applies the change
 * again to what is there now, so concurrent answers never take more places than the venue has.
 */
@Service
class GatheringService {

	/** Concurrent writers to one gathering are a handful of councils: a few rounds settle them. */
	static final int MAX_ATTEMPTS = 20;

	private static final Logger log = LoggerFactory.getLogger(GatheringService.class);

	private final GatheringRepository gatherings;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final DueWorkStore dueWork;

	private final Counter conflicts;

	GatheringService(GatheringRepository gatherings, MongoTemplate mongo, Outbox outbox, DueWorkStore dueWork,
			MeterRegistry metrics) {
		this.gatherings = gatherings;
		this.mongo = mongo;
		this.outbox = outbox;
		this.dueWork = dueWork;
		this.conflicts = metrics.counter("lantern.gathering.write.conflicts");
	}

	/** Takes a proposal from the planner; a redelivered one changes nothing. */
	void propose(GatheringProposed proposal) {
		Instant now = clock().instant();
		if (proposal.replaces() != null) {
			for (String replaced : proposal.replaces()) {
				if (gatherings.existsById(replaced)) {
					change(replaced, gathering -> gathering.replace(now));
				}
			}
		}
		if (gatherings.existsById(proposal.gatheringId())) {
			return;
		}
		try {
			gatherings.insert(Gathering.propose(proposal, now));
		}
		catch (DuplicateKeyException ex) {
			log.debug("Gathering {} was proposed already", proposal.gatheringId());
		}
	}

	/** The planner dropped a proposal with nothing in its place: closed like a replaced one, if still unanswered. */
	void withdrawProposal(GatheringProposalWithdrawn withdrawn) {
		if (gatherings.existsById(withdrawn.gatheringId())) {
			change(withdrawn.gatheringId(), gathering -> gathering.replace(clock().instant()));
		}
	}

	/** More seekers placed in a gathering by a re-plan; one the service has never heard of is left alone. */
	void addSeekers(GatheringSeekersAdded added) {
		if (gatherings.existsById(added.gatheringId())) {
			change(added.gatheringId(), gathering -> gathering.addSeekers(added.attendees(), clock().instant()));
		}
	}

	Gathering confirm(String id, HostAnswerForm form) {
		return change(id, gathering -> {
			Instant now = clock().instant();
			if (gathering.confirm(form.council(), form.reason(), today(now), now)) {
				publish(gathering, new GatheringConfirmed(Outbox.newEventId(), now, id, form.council(),
						gathering.getDate(), gathering.getSequence()));
			}
		});
	}

	Gathering decline(String id, HostAnswerForm form) {
		return change(id, gathering -> {
			Instant now = clock().instant();
			gathering.decline(form.council(), form.reason(), now);
			publish(gathering, new GatheringDeclined(Outbox.newEventId(), now, id, form.council(), form.reason(),
					gathering.getAttendees().stream().map(Attendee::getRequestId).toList()));
		});
	}

	Gathering reschedule(String id, RescheduleForm form) {
		return change(id, gathering -> {
			Instant now = clock().instant();
			LocalDate previous = gathering.reschedule(form.council(), form.date(), form.reason(), today(now), now);
			publish(gathering, new GatheringRescheduled(Outbox.newEventId(), now, id, form.council(), previous,
					gathering.getDate(), gathering.getSequence(), form.reason()));
		});
	}

	Gathering cancel(String id, HostAnswerForm form) {
		return change(id, gathering -> {
			Instant now = clock().instant();
			gathering.cancel(form.council(), form.reason(), now);
			publish(gathering, new GatheringCancelled(Outbox.newEventId(), now, id, form.council(), form.reason(),
					requestIds(gathering, Rsvp.INVITED, Rsvp.ACCEPTED, Rsvp.WAITLISTED), gathering.getSequence()));
		});
	}

	Gathering rsvp(String id, RsvpForm form) {
		return change(id, gathering -> {
			Instant now = clock().instant();
			if (form.response() == RsvpForm.Response.ACCEPT) {
				boolean waitlisted = gathering.accept(form.requestId(), form.council(), form.people(), today(now), now);
				Attendee attendee = gathering.attendee(form.requestId());
				publish(gathering, new InvitationAccepted(Outbox.newEventId(), now, id, attendee.getRequestId(),
						attendee.getSeekerCouncil(), attendee.getPeople(), waitlisted));
			}
			else {
				List<Attendee> promoted = gathering.decline(form.requestId(), form.council(), form.reason(),
						today(now), now);
				publish(gathering, new InvitationDeclined(Outbox.newEventId(), now, id, form.requestId(),
						form.council(), form.reason()));
				// A waitlisted council given places hears it as its acceptance, now not waitlisted.
				for (Attendee attendee : promoted) {
					publish(gathering, new InvitationAccepted(Outbox.newEventId(), now, id, attendee.getRequestId(),
							attendee.getSeekerCouncil(), attendee.getPeople(), false));
				}
			}
		});
	}

	Gathering feedback(String id, FeedbackForm form) {
		return change(id, gathering -> {
			Instant now = clock().instant();
			String comments = form.comments() == null || form.comments().isBlank() ? null : form.comments().strip();
			gathering.giveFeedback(form.requestId(), form.council(),
					new Attendee.Feedback(form.usefulness(), form.willAdopt(), comments, now), now);
			publish(gathering, new FeedbackSubmitted(Outbox.newEventId(), now, id, form.requestId(), form.council(),
					form.usefulness(), form.willAdopt(), comments));
		});
	}

	Gathering adoption(String id, AdoptionForm form) {
		if (form.willingToHost() && !form.adopted()) {
			throw new InvalidRequestException("willingToHost", "only a council that adopted can host it");
		}
		return change(id, gathering -> {
			Instant now = clock().instant();
			Contact contact = form.contact() != null ? form.contact().toContact()
					: gathering.getAttendees()
						.stream()
						.filter(a -> a.getRequestId().equals(form.requestId()))
						.findFirst()
						.map(Attendee::getContact)
						.orElse(null);
			SecondaryHost offer = form.willingToHost()
					? new SecondaryHost(form.council(), form.innovationId(), contact, now) : null;
			gathering.reportAdoption(form.requestId(), form.council(),
					new Attendee.Adoption(form.innovationId(), form.adopted(), form.willingToHost(), now), offer, now);
			publish(gathering, new AdoptionReported(Outbox.newEventId(), now, id, form.requestId(), form.council(),
					form.innovationId(), form.adopted(), form.willingToHost(), contact));
		});
	}

	/**
	 * Marks the gathering held if its date has passed.
	 * @return null when nothing more is due (held now, or no longer confirmed), else when to look again
	 */
	Instant holdIfDue(String id) {
		Gathering current = get(id);
		if (current.getStatus() != GatheringStatus.CONFIRMED) {
			return null;
		}
		if (clock().instant().isBefore(current.heldAt())) {
			return current.heldAt();
		}
		change(id, gathering -> {
			Instant now = clock().instant();
			gathering.markHeld(now);
			publish(gathering, new GatheringHeld(Outbox.newEventId(), now, id, gathering.getDate(),
					requestIds(gathering, Rsvp.ACCEPTED)));
		});
		return null;
	}

	Gathering get(String id) {
		return gatherings.findById(id).orElseThrow(() -> new NotFoundException("No gathering with id '" + id + "'"));
	}

	List<Gathering> list(String region, GatheringStatus status, String council) {
		List<Criteria> filters = new ArrayList<>();
		if (region != null) {
			filters.add(Criteria.where("region").is(region));
		}
		if (status != null) {
			filters.add(Criteria.where("status").is(status));
		}
		if (council != null) {
			filters.add(new Criteria().orOperator(Criteria.where("venueCouncil").is(council),
					Criteria.where("hosts.council").is(council), Criteria.where("attendees.seekerCouncil").is(council),
					Criteria.where("secondaryHosts.council").is(council)));
		}
		Query query = filters.isEmpty() ? new Query() : new Query(new Criteria().andOperator(filters));
		return mongo.find(query.with(Sort.by("date", "_id")), Gathering.class);
	}

	private Gathering change(String id, Consumer<Gathering> change) {
		for (int attempt = 1;; attempt++) {
			Gathering gathering = get(id);
			change.accept(gathering);
			if (gathering.getStatus() == GatheringStatus.CONFIRMED) {
				// Set before the save: a crash in between leaves a wake-up call that finds nothing to do.
				dueWork.wakeAt(id, DueWork.Kind.HELD, gathering.heldAt());
			}
			try {
				return gatherings.save(gathering);
			}
			catch (OptimisticLockingFailureException ex) {
				conflicts.increment();
				if (attempt >= MAX_ATTEMPTS) {
					throw ex;
				}
				log.debug("Gathering {} changed under us (attempt {}); applying the change again", id, attempt);
			}
		}
	}

	private void publish(Gathering gathering, LanternEvent event) {
		gathering.publish(outbox.entryFor(event));
	}

	private static List<String> requestIds(Gathering gathering, Rsvp... answers) {
		List<Rsvp> wanted = List.of(answers);
		return gathering.getAttendees()
			.stream()
			.filter(a -> wanted.contains(a.getRsvp()))
			.map(Attendee::getRequestId)
			.toList();
	}

	/** Saves that found the gathering changed under them and were applied again: contention, in metrics. */
	double conflictCount() {
		return conflicts.count();
	}

	private Clock clock() {
		return outbox.clock();
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, Gathering.UK);
	}
}
