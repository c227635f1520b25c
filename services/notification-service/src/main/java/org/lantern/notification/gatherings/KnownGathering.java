package org.lantern.notification.gatherings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringTheme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of a gathering, built from the events on {@code lantern.gatherings}: who hosts it and who
 * is invited, with their contacts (from the proposal), where and when it is, and who answered how. Events of one
 * gathering share a key and so arrive in order.
 */
@Document("gatherings")
public class KnownGathering {

	@Id
	private String id;

	private GatheringKind kind;

	private String region;

	private LocalDate date;

	private String venueCouncil;

	private String venueCouncilName;

	private List<GatheringHost> hosts;

	private List<GatheringInnovation> innovations;

	private List<GatheringAttendee> attendees;

	private int capacity;

	/** Set when a regional body asked for this network meeting: it is told as the hosts and seekers are. */
	private GatheringTheme theme;

	private String status;

	private int sequence;

	private List<String> accepted = new ArrayList<>();

	private List<String> waitlisted = new ArrayList<>();

	private List<String> declined = new ArrayList<>();

	private Instant proposedAt;

	private Instant confirmedAt;

	private Instant heldAt;

	protected KnownGathering() {
	}

	static KnownGathering of(GatheringProposed proposal) {
		KnownGathering gathering = new KnownGathering();
		gathering.id = proposal.gatheringId();
		gathering.kind = proposal.kind();
		gathering.region = proposal.region();
		gathering.date = proposal.date();
		gathering.venueCouncil = proposal.venueCouncil();
		gathering.venueCouncilName = proposal.venueCouncilName();
		gathering.hosts = List.copyOf(proposal.hosts());
		gathering.innovations = List.copyOf(proposal.innovations());
		gathering.attendees = List.copyOf(proposal.attendees());
		gathering.capacity = proposal.capacity();
		gathering.theme = proposal.theme();
		gathering.status = "PROPOSED";
		gathering.proposedAt = proposal.occurredAt();
		return gathering;
	}

	public GatheringTheme getTheme() {
		return theme;
	}

	/** @return the attendees that were not here yet (a redelivered event adds none) */
	List<GatheringAttendee> addAttendees(List<GatheringAttendee> added) {
		List<GatheringAttendee> fresh = added.stream()
			.filter(a -> attendees.stream().noneMatch(x -> x.requestId().equals(a.requestId())))
			.toList();
		List<GatheringAttendee> all = new ArrayList<>(attendees);
		all.addAll(fresh);
		attendees = List.copyOf(all);
		return fresh;
	}

	Optional<GatheringAttendee> attendee(String requestId) {
		return attendees.stream().filter(a -> a.requestId().equals(requestId)).findFirst();
	}

	Optional<GatheringHost> host(String council) {
		return hosts.stream().filter(h -> h.council().equals(council)).findFirst();
	}

	/** Attendees still concerned by the gathering: all but those who declined. */
	List<GatheringAttendee> invited() {
		return attendees.stream().filter(a -> !declined.contains(a.requestId())).toList();
	}

	List<GatheringAttendee> coming() {
		return attendees.stream().filter(a -> accepted.contains(a.requestId())).toList();
	}

	/** The names of the innovations shown, for subjects and summaries. */
	public String title() {
		String shown = String.join(", ",
				innovations.stream().map(i -> i.title() == null ? i.innovationId() : i.title()).toList());
		return kindLabel() + (venueCouncilName == null ? "" : " at " + venueCouncilName) + ": " + shown;
	}

	public String kindLabel() {
		return switch (kind) {
			case HOSTED_VISIT -> "Hosted visit";
			case OPEN_DAY -> "Open day";
			case NETWORK_MEETING -> "Network meeting";
			case VIRTUAL_SESSION -> "Virtual session";
		};
	}

	public String hostCouncilName(String council) {
		return host(council).map(GatheringHost::councilName).orElse(council);
	}

	void answered(String requestId, String rsvp) {
		accepted.remove(requestId);
		waitlisted.remove(requestId);
		declined.remove(requestId);
		switch (rsvp) {
			case "ACCEPTED" -> accepted.add(requestId);
			case "WAITLISTED" -> waitlisted.add(requestId);
			default -> declined.add(requestId);
		}
	}

	void moved(LocalDate newDate, int newSequence) {
		date = newDate;
		sequence = newSequence;
	}

	void status(String newStatus, int newSequence) {
		status = newStatus;
		sequence = Math.max(sequence, newSequence);
	}

	void confirmedAt(Instant when) {
		confirmedAt = when;
	}

	void heldAt(Instant when) {
		heldAt = when;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public Instant getHeldAt() {
		return heldAt;
	}

	public String getId() {
		return id;
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

	public List<GatheringHost> getHosts() {
		return hosts;
	}

	public List<GatheringInnovation> getInnovations() {
		return innovations;
	}

	public List<GatheringAttendee> getAttendees() {
		return attendees;
	}

	public int getCapacity() {
		return capacity;
	}

	public String getStatus() {
		return status;
	}

	public int getSequence() {
		return sequence;
	}

	public List<String> getAccepted() {
		return accepted;
	}

	public List<String> getWaitlisted() {
		return waitlisted;
	}

	public List<String> getDeclined() {
		return declined;
	}
}
