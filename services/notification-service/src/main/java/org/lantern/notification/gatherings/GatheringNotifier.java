package org.lantern.notification.gatherings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lantern.notification.mail.CalendarAttachment;
import org.lantern.notification.mail.MailProperties;
import org.lantern.notification.mail.MailQueue;
import org.lantern.notification.mail.MailTemplates;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringCancelled;
import org.lantern.shared.events.GatheringConfirmed;
import org.lantern.shared.events.GatheringDeclined;
import org.lantern.shared.events.GatheringEvent;
import org.lantern.shared.events.GatheringHeld;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringProposalWithdrawn;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringSeekersAdded;
import org.lantern.shared.events.GatheringTheme;
import org.lantern.shared.events.GatheringRescheduled;
import org.lantern.shared.events.InvitationAccepted;
import org.lantern.shared.events.InvitationDeclined;
import org.lantern.shared.events.LanternEvent;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes to hosts and attendees through the life of a gathering: hosts are asked to confirm a proposal; on
 * confirmation every attendee council is invited with a calendar entry; moves and cancellations update or remove
 * that entry; reminders go 7 days and 1 day before; after it is held attendees are asked for feedback and, 3, 6 and
 * 12 months later, whether they adopted. Reminders and follow-ups are queued for their day, and withdrawn when the
 * gathering moves, is cancelled, or the attendee has answered them.
 */
@Component
class GatheringNotifier {

	static final String REMINDER = "reminder";

	static final String ADOPTION_ASK = "adoption-ask";

	static final List<Integer> REMINDER_DAYS = List.of(7, 1);

	static final List<Integer> ADOPTION_ASK_MONTHS = List.of(3, 6, 12);

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** The regional body that asked for a themed network meeting. */
	private static final String ORGANISER = "organiser";

	/** Reminders and follow-ups go out at the start of the working day. */
	private static final LocalTime MORNING = LocalTime.of(9, 0);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final MongoTemplate mongo;

	private final MailTemplates templates;

	private final MailQueue queue;

	private final MailProperties properties;

	private final CalendarInvites invites;

	private final Clock clock;

	GatheringNotifier(MongoTemplate mongo, MailTemplates templates, MailQueue queue, MailProperties properties,
			CalendarInvites invites, Clock clock) {
		this.mongo = mongo;
		this.templates = templates;
		this.queue = queue;
		this.properties = properties;
		this.invites = invites;
		this.clock = clock;
	}

	void notify(LanternEvent event) {
		if (event instanceof GatheringProposed proposal) {
			proposed(proposal);
			return;
		}
		if (!(event instanceof GatheringEvent about)) {
			return;
		}
		KnownGathering gathering = mongo.findById(about.gatheringId(), KnownGathering.class);
		if (gathering == null) {
			// Its proposal comes first on the same partition; without it there is no one to write to.
			throw new IllegalStateException("No gathering-proposed seen for gathering " + about.gatheringId());
		}
		if (event instanceof GatheringConfirmed confirmed) {
			confirmed(gathering, confirmed);
		}
		else if (event instanceof GatheringDeclined declined) {
			declined(gathering, declined);
		}
		else if (event instanceof GatheringSeekersAdded added) {
			seekersAdded(gathering, added);
		}
		else if (event instanceof GatheringProposalWithdrawn && gathering.getStatus().equals("PROPOSED")) {
			// As for a replaced proposal: recorded without mail; a host who still confirms is refused by the gathering
			// service.
			gathering.status("REPLACED", gathering.getSequence());
		}
		else if (event instanceof InvitationAccepted accepted) {
			accepted(gathering, accepted);
		}
		else if (event instanceof InvitationDeclined declined) {
			gathering.answered(declined.requestId(), "DECLINED");
			queue.cancelPending(gathering.getId(), REMINDER, declined.requestId());
		}
		else if (event instanceof GatheringRescheduled rescheduled) {
			rescheduled(gathering, rescheduled);
		}
		else if (event instanceof GatheringCancelled cancelled) {
			cancelled(gathering, cancelled);
		}
		else if (event instanceof GatheringHeld held) {
			held(gathering, held);
		}
		else if (event instanceof AdoptionReported adoption) {
			adoptionReported(gathering, adoption);
		}
		// Mail first, then what we know: a crash in between redelivers the event, and the mail log keeps it single.
		mongo.save(gathering);
	}

	private void proposed(GatheringProposed proposal) {
		if (proposal.replaces() != null) {
			for (String replaced : proposal.replaces()) {
				KnownGathering old = mongo.findById(replaced, KnownGathering.class);
				if (old != null && old.getStatus().equals("PROPOSED")) {
					old.status("REPLACED", old.getSequence());
					mongo.save(old);
				}
			}
		}
		KnownGathering gathering = mongo.findById(proposal.gatheringId(), KnownGathering.class);
		if (gathering == null) {
			gathering = mongo.save(KnownGathering.of(proposal));
		}
		for (GatheringHost host : gathering.getHosts()) {
			Map<String, Object> model = model(gathering, host.contact(), "host");
			model.put("host", host);
			model.put("isVenue", host.council().equals(gathering.getVenueCouncil()));
			mail(proposal.eventId(), "host", gathering, host.council(), host.contact(), "gathering-proposed-host",
					model, "proposal", null, null);
		}
	}

	private void declined(KnownGathering gathering, GatheringDeclined declined) {
		gathering.status("DECLINED", gathering.getSequence());
		for (GatheringHost host : gathering.getHosts()) {
			if (!host.council().equals(declined.declinedBy())) {
				Map<String, Object> model = model(gathering, host.contact(), "host");
				model.put("declinedBy", gathering.hostCouncilName(declined.declinedBy()));
				model.put("reason", declined.reason());
				mail(declined.eventId(), "host", gathering, host.council(), host.contact(), "gathering-declined-host",
						model, "update", null, null);
			}
		}
	}

	private void confirmed(KnownGathering gathering, GatheringConfirmed confirmed) {
		gathering.moved(confirmed.date(), confirmed.sequence());
		gathering.status("CONFIRMED", confirmed.sequence());
		gathering.confirmedAt(confirmed.occurredAt());
		Instant now = clock.instant();
		for (GatheringAttendee attendee : gathering.invited()) {
			invite(gathering, attendee, confirmed.eventId(), confirmed.sequence(), now);
		}
		for (GatheringHost host : gathering.getHosts()) {
			mail(confirmed.eventId(), "host", gathering, host.council(), host.contact(), "gathering-invitation",
					model(gathering, host.contact(), "host"), "invitation", null,
					invites.request(gathering, confirmed.sequence(), host.contact(), now));
			remind(gathering, confirmed.eventId(), "host", host.council(), host.contact());
		}
		GatheringTheme theme = gathering.getTheme();
		if (theme != null) {
			mail(confirmed.eventId(), ORGANISER, gathering, theme.themeRequestId(), theme.contact(),
					"gathering-invitation", model(gathering, theme.contact(), ORGANISER), "invitation", null,
					invites.request(gathering, confirmed.sequence(), theme.contact(), now));
		}
	}

	/** Seekers a re-plan placed in the gathering later: invited now if it is confirmed, else with the others. */
	private void seekersAdded(KnownGathering gathering, GatheringSeekersAdded added) {
		List<GatheringAttendee> fresh = gathering.addAttendees(added.attendees());
		if (!"CONFIRMED".equals(gathering.getStatus())) {
			return;
		}
		Instant now = clock.instant();
		for (GatheringAttendee attendee : fresh) {
			invite(gathering, attendee, added.eventId(), gathering.getSequence(), now);
		}
	}

	/** The invitation an attendee of a confirmed gathering gets, with its calendar entry. */
	private void invite(KnownGathering gathering, GatheringAttendee attendee, String eventId, int sequence,
			Instant now) {
		Map<String, Object> model = model(gathering, attendee.contact(), "attendee");
		model.put("attendee", attendee);
		mail(eventId, "attendee", gathering, attendee.requestId(), attendee.contact(), "gathering-invitation", model,
				"invitation", null, invites.request(gathering, sequence, attendee.contact(), now));
	}

	private void accepted(KnownGathering gathering, InvitationAccepted accepted) {
		boolean wasWaiting = gathering.getWaitlisted().contains(accepted.requestId());
		gathering.answered(accepted.requestId(), accepted.waitlisted() ? "WAITLISTED" : "ACCEPTED");
		GatheringAttendee attendee = gathering.attendee(accepted.requestId()).orElse(null);
		if (attendee == null) {
			return;
		}
		Map<String, Object> model = model(gathering, attendee.contact(), "attendee");
		model.put("attendee", attendee);
		model.put("people", accepted.people());
		model.put("answer", accepted.waitlisted() ? "WAITLISTED" : wasWaiting ? "PROMOTED" : "ACCEPTED");
		mail(accepted.eventId(), "attendee", gathering, attendee.requestId(), attendee.contact(),
				"invitation-answered-attendee", model, "rsvp", null, null);
		if (!accepted.waitlisted()) {
			remind(gathering, accepted.eventId(), "attendee", attendee.requestId(), attendee.contact());
		}
	}

	private void rescheduled(KnownGathering gathering, GatheringRescheduled rescheduled) {
		LocalDate previous = gathering.getDate();
		gathering.moved(rescheduled.date(), rescheduled.sequence());
		queue.cancelPending(gathering.getId(), REMINDER, null);
		Instant now = clock.instant();
		for (GatheringAttendee attendee : gathering.invited()) {
			Map<String, Object> model = model(gathering, attendee.contact(), "attendee");
			model.put("previously", WHEN.format(previous));
			model.put("reason", rescheduled.reason());
			mail(rescheduled.eventId(), "attendee", gathering, attendee.requestId(), attendee.contact(),
					"gathering-rescheduled", model, "update", null,
					invites.request(gathering, rescheduled.sequence(), attendee.contact(), now));
		}
		for (GatheringAttendee attendee : gathering.coming()) {
			remind(gathering, rescheduled.eventId(), "attendee", attendee.requestId(), attendee.contact());
		}
		for (GatheringHost host : gathering.getHosts()) {
			Map<String, Object> model = model(gathering, host.contact(), "host");
			model.put("previously", WHEN.format(previous));
			model.put("reason", rescheduled.reason());
			mail(rescheduled.eventId(), "host", gathering, host.council(), host.contact(), "gathering-rescheduled",
					model, "update", null, invites.request(gathering, rescheduled.sequence(), host.contact(), now));
			remind(gathering, rescheduled.eventId(), "host", host.council(), host.contact());
		}
		GatheringTheme theme = gathering.getTheme();
		if (theme != null) {
			Map<String, Object> model = model(gathering, theme.contact(), ORGANISER);
			model.put("previously", WHEN.format(previous));
			model.put("reason", rescheduled.reason());
			mail(rescheduled.eventId(), ORGANISER, gathering, theme.themeRequestId(), theme.contact(),
					"gathering-rescheduled", model, "update", null,
					invites.request(gathering, rescheduled.sequence(), theme.contact(), now));
		}
	}

	private void cancelled(KnownGathering gathering, GatheringCancelled cancelled) {
		gathering.status("CANCELLED", cancelled.sequence());
		queue.cancelPending(gathering.getId(), REMINDER, null);
		Instant now = clock.instant();
		for (GatheringAttendee attendee : gathering.invited()) {
			Map<String, Object> model = model(gathering, attendee.contact(), "attendee");
			model.put("cancelledBy", gathering.hostCouncilName(cancelled.cancelledBy()));
			model.put("reason", cancelled.reason());
			mail(cancelled.eventId(), "attendee", gathering, attendee.requestId(), attendee.contact(),
					"gathering-cancelled", model, "update", null,
					invites.cancel(gathering, cancelled.sequence(), attendee.contact(), now));
		}
		for (GatheringHost host : gathering.getHosts()) {
			Map<String, Object> model = model(gathering, host.contact(), "host");
			model.put("cancelledBy", gathering.hostCouncilName(cancelled.cancelledBy()));
			model.put("reason", cancelled.reason());
			mail(cancelled.eventId(), "host", gathering, host.council(), host.contact(), "gathering-cancelled", model,
					"update", null, invites.cancel(gathering, cancelled.sequence(), host.contact(), now));
		}
		GatheringTheme theme = gathering.getTheme();
		if (theme != null) {
			Map<String, Object> model = model(gathering, theme.contact(), ORGANISER);
			model.put("cancelledBy", gathering.hostCouncilName(cancelled.cancelledBy()));
			model.put("reason", cancelled.reason());
			mail(cancelled.eventId(), ORGANISER, gathering, theme.themeRequestId(), theme.contact(),
					"gathering-cancelled", model, "update", null,
					invites.cancel(gathering, cancelled.sequence(), theme.contact(), now));
		}
	}

	private void held(KnownGathering gathering, GatheringHeld held) {
		gathering.status("HELD", gathering.getSequence());
		gathering.heldAt(held.occurredAt());
		for (String requestId : held.requestIds()) {
			GatheringAttendee attendee = gathering.attendee(requestId).orElse(null);
			if (attendee == null) {
				continue;
			}
			Map<String, Object> model = model(gathering, attendee.contact(), "attendee");
			model.put("attendee", attendee);
			mail(held.eventId(), "attendee.feedback-ask", gathering, requestId, attendee.contact(), "feedback-ask",
					model, "feedback-ask", null, null);
			for (int months : ADOPTION_ASK_MONTHS) {
				Map<String, Object> ask = new HashMap<>(model);
				ask.put("months", months);
				ask.put("innovations", seen(gathering, attendee));
				mail(held.eventId(), "attendee.adoption-ask-" + months + "m", gathering, requestId,
						attendee.contact(), "adoption-ask", ask, ADOPTION_ASK, morningOf(held.date().plusMonths(months)),
						null);
			}
		}
	}

	private void adoptionReported(KnownGathering gathering, AdoptionReported adoption) {
		if (!adoption.adopted()) {
			return;
		}
		// It adopted: the later asks would only ask again.
		queue.cancelPending(gathering.getId(), ADOPTION_ASK, adoption.requestId());
		GatheringInnovation innovation = gathering.getInnovations()
			.stream()
			.filter(i -> i.innovationId().equals(adoption.innovationId()))
			.findFirst()
			.orElse(new GatheringInnovation(adoption.innovationId(), adoption.innovationId(), null));
		GatheringAttendee attendee = gathering.attendee(adoption.requestId()).orElse(null);
		Contact adopter = adoption.contact() != null ? adoption.contact() : attendee == null ? null : attendee.contact();
		String adopterName = attendee != null && attendee.seekerCouncilName() != null ? attendee.seekerCouncilName()
				: adoption.adopterCouncil();
		Map<String, Object> model = model(gathering, adopter, "adopter");
		model.put("innovation", innovation);
		model.put("adopterName", adopterName);
		model.put("willingToHost", adoption.willingToHost());
		mail(adoption.eventId(), "adopter", gathering, adoption.requestId(), adopter, "adoption-reported-adopter", model,
				"adoption", null, null);
		if (innovation.hostCouncil() != null) {
			gathering.host(innovation.hostCouncil()).ifPresent(host -> {
				Map<String, Object> hostModel = new HashMap<>(model);
				hostModel.put("recipient", host.contact());
				mail(adoption.eventId(), "host", gathering, host.council(), host.contact(), "adoption-reported-host",
						hostModel, "adoption", null, null);
			});
		}
	}

	/** Reminders 7 days and 1 day before, in the morning; none for a day already past. */
	private void remind(KnownGathering gathering, String eventId, String role, String recipientRef, Contact to) {
		Instant now = clock.instant();
		for (int days : REMINDER_DAYS) {
			Instant due = morningOf(gathering.getDate().minusDays(days));
			if (due.isBefore(now)) {
				continue;
			}
			Map<String, Object> model = model(gathering, to, role);
			model.put("days", days);
			mail(eventId, role + ".reminder-" + days + "d", gathering, recipientRef, to, "gathering-reminder", model,
					REMINDER, due, null);
		}
	}

	private static List<GatheringInnovation> seen(KnownGathering gathering, GatheringAttendee attendee) {
		List<GatheringInnovation> matched = gathering.getInnovations()
			.stream()
			.filter(i -> attendee.innovationIds() != null && attendee.innovationIds().contains(i.innovationId()))
			.toList();
		return matched.isEmpty() ? gathering.getInnovations() : matched;
	}

	private Map<String, Object> model(KnownGathering gathering, Contact recipient, String role) {
		Map<String, Object> model = new HashMap<>();
		model.put("gathering", gathering);
		model.put("recipient", recipient);
		model.put("role", role);
		model.put("title", gathering.title());
		model.put("when", WHEN.format(gathering.getDate()));
		model.put("where", CalendarInvites.location(gathering));
		model.put("agenda", CalendarInvites.agenda(gathering));
		model.put("portalUrl", properties.portalUrl());
		model.put("gatheringUrl", properties.portalUrl() + "/gatherings/" + gathering.getId());
		model.put("apiUrl", properties.gatheringApiUrl() + "/api/gatherings/" + gathering.getId());
		return model;
	}

	private void mail(String eventId, String role, KnownGathering gathering, String recipientRef, Contact to,
			String template, Map<String, Object> model, String category, Instant sendAt,
			CalendarAttachment calendar) {
		if (to == null || to.email() == null) {
			return;
		}
		queue.enqueue(eventId, role, gathering.getId(), recipientRef, to, templates.render(template, model), category,
				sendAt, calendar);
	}

	private static Instant morningOf(LocalDate date) {
		return date.atTime(MORNING).atZone(UK).toInstant();
	}
}
