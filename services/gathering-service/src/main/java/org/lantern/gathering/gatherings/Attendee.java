package org.lantern.gathering.gatherings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lantern.shared.events.AdoptionIntent;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringAttendee;

/** A learning request placed at a gathering: its invitation, answer, feedback and adoption reports. */
public class Attendee {

	private String requestId;

	private String seekerCouncil;

	private String seekerCouncilName;

	private Contact contact;

	private List<String> innovationIds;

	private int people;

	private List<String> reasons;

	private Rsvp rsvp;

	private String declineReason;

	private Instant respondedAt;

	private Feedback feedback;

	private List<Adoption> adoptions = new ArrayList<>();

	protected Attendee() {
	}

	static Attendee of(GatheringAttendee proposed) {
		Attendee attendee = new Attendee();
		attendee.requestId = proposed.requestId();
		attendee.seekerCouncil = proposed.seekerCouncil();
		attendee.seekerCouncilName = proposed.seekerCouncilName();
		attendee.contact = proposed.contact();
		attendee.innovationIds = proposed.innovationIds() == null ? List.of() : List.copyOf(proposed.innovationIds());
		attendee.people = proposed.people();
		attendee.reasons = proposed.reasons() == null ? List.of() : List.copyOf(proposed.reasons());
		attendee.rsvp = Rsvp.INVITED;
		return attendee;
	}

	void answer(Rsvp answer, int places, String reason, Instant now) {
		this.rsvp = answer;
		this.people = places;
		this.declineReason = reason;
		this.respondedAt = now;
	}

	void promote() {
		this.rsvp = Rsvp.ACCEPTED;
	}

	void giveFeedback(Feedback given) {
		this.feedback = given;
	}

	void reportAdoption(Adoption adoption) {
		adoptions.add(adoption);
	}

	/** How the attendee said the gathering went. */
	public record Feedback(int usefulness, AdoptionIntent willAdopt, String comments, Instant submittedAt) {
	}

	/** One report, at one of the follow-ups, of whether the council adopted an innovation it saw. */
	public record Adoption(String innovationId, boolean adopted, boolean willingToHost, Instant reportedAt) {
	}

	public String getRequestId() {
		return requestId;
	}

	public String getSeekerCouncil() {
		return seekerCouncil;
	}

	public String getSeekerCouncilName() {
		return seekerCouncilName;
	}

	public Contact getContact() {
		return contact;
	}

	public List<String> getInnovationIds() {
		return innovationIds;
	}

	public int getPeople() {
		return people;
	}

	public List<String> getReasons() {
		return reasons;
	}

	public Rsvp getRsvp() {
		return rsvp;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public Feedback getFeedback() {
		return feedback;
	}

	public List<Adoption> getAdoptions() {
		return adoptions;
	}
}
