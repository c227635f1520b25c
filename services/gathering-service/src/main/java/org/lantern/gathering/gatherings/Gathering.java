package org.lantern.gathering.gatherings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.lantern.platform.outbox.OutboxEntry;
import org.lantern.platform.web.ConflictException;
import org.lantern.platform.web.InvalidRequestException;
import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;
import org.lantern.shared.events.GatheringProposed;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A gathering from proposal to adoption: its hosts' answers, its attendees' places and waitlist, and the events each
 * change publishes, appended to {@code outbox} and saved with the change in one single-document write. Concurrent
 * changes (two RSVPs at once) are serialised by {@code version}: the loser reloads and tries again, so capacity holds.
 */
@Document("gatherings")
public class Gathering {

	/** Gatherings are in the UK: dates turn into instants in UK time. */
	public static final ZoneId UK = ZoneId.of("Europe/London");

	@Id
	private String id;

	@Version
	private Long version;

	private GatheringKind kind;

	private String region;

	private LocalDate date;

	private String venueCouncil;

	private String venueCouncilName;

	private List<Host> hosts;

	private List<GatheringInnovation> innovations;

	private List<Attendee> attendees;

	/** The most people the venue takes. */
	private int capacity;

	private GatheringStatus status;

	/** The iCalendar SEQUENCE of the gathering's calendar entry: raised on every change of date or status. */
	private int sequence;

	/** Request ids waiting for places, first come first served. */
	private List<String> waitlist = new ArrayList<>();

	/** Adopters who offered to host an innovation they saw here: secondary hosts the planner can use. */
	private List<SecondaryHost> secondaryHosts = new ArrayList<>();

	private String closedBy;

	private String closedReason;

	private Instant proposedAt;

	private Instant updatedAt;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Gathering() {
	}

	static Gathering propose(GatheringProposed proposal, Instant now) {
		Gathering gathering = new Gathering();
		gathering.id = proposal.gatheringId();
		gathering.kind = proposal.kind();
		gathering.region = proposal.region();
		gathering.date = proposal.date();
		gathering.venueCouncil = proposal.venueCouncil();
		gathering.venueCouncilName = proposal.venueCouncilName();
		gathering.hosts = proposal.hosts().stream().map(Host::of).toList();
		gathering.innovations = List.copyOf(proposal.innovations());
		gathering.attendees = proposal.attendees().stream().map(Attendee::of).toList();
		gathering.capacity = proposal.capacity();
		gathering.status = GatheringStatus.PROPOSED;
		gathering.sequence = 0;
		gathering.proposedAt = now;
		gathering.updatedAt = now;
		return gathering;
	}

	/**
	 * Seekers a re-plan placed here after it was proposed: invited like the first ones. Nothing changes once the
	 * gathering is over or off, or for a seeker already here (a redelivered event).
	 */
	void addSeekers(List<GatheringAttendee> added, Instant now) {
		if (status != GatheringStatus.PROPOSED && status != GatheringStatus.CONFIRMED) {
			return;
		}
		List<Attendee> all = new ArrayList<>(attendees);
		for (GatheringAttendee a : added) {
			if (all.stream().noneMatch(x -> x.getRequestId().equals(a.requestId()))) {
				all.add(Attendee.of(a));
			}
		}
		if (all.size() != attendees.size()) {
			attendees = all;
			touch(now);
		}
	}

	/** The host whose confirmation confirms the gathering: the venue's, or for a virtual session the first host. */
	public String leadCouncil() {
		return venueCouncil != null ? venueCouncil : hosts.get(0).getCouncil();
	}

	/** When the gathering counts as held: the start of the day after its date, UK time. */
	public Instant heldAt() {
		return date.plusDays(1).atStartOfDay(UK).toInstant();
	}

	public int placesTaken() {
		return attendees.stream().filter(a -> a.getRsvp() == Rsvp.ACCEPTED).mapToInt(Attendee::getPeople).sum();
	}

	/** @return true if this confirmation confirmed the gathering (the lead host's), false if it was only recorded */
	boolean confirm(String council, String reason, LocalDate today, Instant now) {
		Host host = host(council);
		if (status != GatheringStatus.PROPOSED && status != GatheringStatus.CONFIRMED) {
			throw new ConflictException("Gathering " + id + " is " + status + " and can no longer be confirmed");
		}
		if (host.getResponse() != HostResponse.PENDING) {
			throw new ConflictException(host.getCouncilName() + " has already answered: " + host.getResponse());
		}
		requireNotPast(today);
		host.respond(HostResponse.CONFIRMED, reason, now);
		touch(now);
		if (status == GatheringStatus.PROPOSED && council.equals(leadCouncil())) {
			status = GatheringStatus.CONFIRMED;
			return true;
		}
		return false;
	}

	void decline(String council, String reason, Instant now) {
		Host host = host(council);
		requireStatus(GatheringStatus.PROPOSED, "declined; a host may cancel a confirmed gathering instead");
		host.respond(HostResponse.DECLINED, reason, now);
		close(GatheringStatus.DECLINED, council, reason, now);
	}

	/** @return the date it had before */
	LocalDate reschedule(String council, LocalDate newDate, String reason, LocalDate today, Instant now) {
		host(council);
		requireStatus(GatheringStatus.CONFIRMED, "rescheduled");
		requireNotPast(today);
		if (!newDate.isAfter(today)) {
			throw new InvalidRequestException("date", "must be after today (" + today + ")");
		}
		if (newDate.equals(date)) {
			throw new InvalidRequestException("date", "is the gathering's date already");
		}
		LocalDate previous = date;
		date = newDate;
		sequence++;
		touch(now);
		return previous;
	}

	void cancel(String council, String reason, Instant now) {
		host(council);
		requireStatus(GatheringStatus.CONFIRMED, "cancelled");
		sequence++;
		close(GatheringStatus.CANCELLED, council, reason, now);
	}

	/** A later plan superseded this proposal. @return false if it had moved on (confirmed, declined) and stays */
	boolean replace(Instant now) {
		if (status != GatheringStatus.PROPOSED) {
			return false;
		}
		close(GatheringStatus.REPLACED, null, "superseded by a later plan", now);
		return true;
	}

	/** @return true if the attendee was waitlisted rather than given places */
	boolean accept(String requestId, String council, Integer people, LocalDate today, Instant now) {
		Attendee attendee = attendee(requestId, council);
		requireStatus(GatheringStatus.CONFIRMED, "answered");
		requireNotPast(today);
		if (attendee.getRsvp() != Rsvp.INVITED) {
			throw new ConflictException("Request " + requestId + " has already answered: " + attendee.getRsvp());
		}
		int places = people == null ? attendee.getPeople() : people;
		if (places > capacity) {
			throw new InvalidRequestException("people", places + " is more than the venue takes (" + capacity + ")");
		}
		// Nobody overtakes the waitlist: while anyone waits, a newcomer waits behind them.
		boolean fits = waitlist.isEmpty() && placesTaken() + places <= capacity;
		attendee.answer(fits ? Rsvp.ACCEPTED : Rsvp.WAITLISTED, places, null, now);
		if (!fits) {
			waitlist.add(requestId);
		}
		touch(now);
		return !fits;
	}

	/** @return the attendees who were given the freed places, in waitlist order */
	List<Attendee> decline(String requestId, String council, String reason, LocalDate today, Instant now) {
		Attendee attendee = attendee(requestId, council);
		requireStatus(GatheringStatus.CONFIRMED, "answered");
		requireNotPast(today);
		if (attendee.getRsvp() == Rsvp.DECLINED) {
			throw new ConflictException("Request " + requestId + " has already declined");
		}
		attendee.answer(Rsvp.DECLINED, attendee.getPeople(), reason, now);
		waitlist.remove(requestId);
		touch(now);
		return promoteFromWaitlist();
	}

	/** Places go to the head of the waitlist while it fits: nobody further back jumps the queue. */
	private List<Attendee> promoteFromWaitlist() {
		List<Attendee> promoted = new ArrayList<>();
		while (!waitlist.isEmpty()) {
			Attendee next = attendee(waitlist.get(0));
			if (placesTaken() + next.getPeople() > capacity) {
				break;
			}
			waitlist.remove(0);
			next.promote();
			promoted.add(next);
		}
		return promoted;
	}

	void markHeld(Instant now) {
		requireStatus(GatheringStatus.CONFIRMED, "held");
		status = GatheringStatus.HELD;
		touch(now);
	}

	void giveFeedback(String requestId, String council, Attendee.Feedback feedback, Instant now) {
		Attendee attendee = attended(requestId, council, "give feedback");
		if (attendee.getFeedback() != null) {
			throw new ConflictException("Request " + requestId + " has already given feedback on gathering " + id);
		}
		attendee.giveFeedback(feedback);
		touch(now);
	}

	Attendee reportAdoption(String requestId, String council, Attendee.Adoption adoption, SecondaryHost offer,
			Instant now) {
		Attendee attendee = attended(requestId, council, "report adoption");
		if (innovations.stream().noneMatch(i -> i.innovationId().equals(adoption.innovationId()))) {
			throw new InvalidRequestException("innovationId",
					"'" + adoption.innovationId() + "' was not shown at gathering " + id);
		}
		attendee.reportAdoption(adoption);
		if (offer != null) {
			secondaryHosts.removeIf(s -> s.council().equals(offer.council())
					&& s.innovationId().equals(offer.innovationId()));
			secondaryHosts.add(offer);
		}
		touch(now);
		return attendee;
	}

	private Attendee attended(String requestId, String council, String what) {
		Attendee attendee = attendee(requestId, council);
		requireStatus(GatheringStatus.HELD, "followed up (" + what + ") until it has been held");
		if (attendee.getRsvp() != Rsvp.ACCEPTED) {
			throw new ConflictException("Request " + requestId + " did not attend gathering " + id);
		}
		return attendee;
	}

	void publish(OutboxEntry entry) {
		outbox.add(entry);
	}

	Host host(String council) {
		return hosts.stream()
			.filter(h -> h.getCouncil().equals(council))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("council",
					"'" + council + "' is not a host of gathering " + id));
	}

	private Attendee attendee(String requestId, String council) {
		Attendee attendee = attendees.stream()
			.filter(a -> a.getRequestId().equals(requestId))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("requestId",
					"'" + requestId + "' is not invited to gathering " + id));
		if (!attendee.getSeekerCouncil().equals(council)) {
			throw new InvalidRequestException("council", "'" + council + "' is not the council of request " + requestId);
		}
		return attendee;
	}

	Attendee attendee(String requestId) {
		return attendees.stream().filter(a -> a.getRequestId().equals(requestId)).findFirst().orElseThrow();
	}

	private void close(GatheringStatus closedAs, String by, String reason, Instant now) {
		status = closedAs;
		closedBy = by;
		closedReason = reason;
		touch(now);
	}

	private void requireStatus(GatheringStatus required, String what) {
		if (status != required) {
			throw new ConflictException("Gathering " + id + " is " + status + "; only a " + required.name().toLowerCase()
					+ " gathering can be " + what);
		}
	}

	private void requireNotPast(LocalDate today) {
		if (date.isBefore(today)) {
			throw new ConflictException("Gathering " + id + " was on " + date + "; that date has passed");
		}
	}

	private void touch(Instant now) {
		updatedAt = now;
	}

	public String getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public GatheringKind getKind() {
		return kind;
	}

	public String getRegion() {
		return region;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getVenueCouncil() {
		return venueCouncil;
	}

	public String getVenueCouncilName() {
		return venueCouncilName;
	}

	public List<Host> getHosts() {
		return hosts;
	}

	public List<GatheringInnovation> getInnovations() {
		return innovations;
	}

	public List<Attendee> getAttendees() {
		return attendees;
	}

	public int getCapacity() {
		return capacity;
	}

	public GatheringStatus getStatus() {
		return status;
	}

	public int getSequence() {
		return sequence;
	}

	public List<String> getWaitlist() {
		return waitlist;
	}

	public List<SecondaryHost> getSecondaryHosts() {
		return secondaryHosts;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public String getClosedReason() {
		return closedReason;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<OutboxEntry> getOutbox() {
		return outbox;
	}
}
