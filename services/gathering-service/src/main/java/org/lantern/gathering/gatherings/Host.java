package org.lantern.gathering.gatherings;

import java.time.Instant;
import java.util.List;

import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringHost;

/** A council presenting at a gathering, and its answer to the proposal. */
public class Host {

	private String council;

	private String councilName;

	private Contact contact;

	private List<String> innovationIds;

	private HostResponse response;

	private String reason;

	private Instant respondedAt;

	protected Host() {
	}

	static Host of(GatheringHost proposed) {
		Host host = new Host();
		host.council = proposed.council();
		host.councilName = proposed.councilName();
		host.contact = proposed.contact();
		host.innovationIds = proposed.innovationIds() == null ? List.of() : List.copyOf(proposed.innovationIds());
		host.response = HostResponse.PENDING;
		return host;
	}

	void respond(HostResponse answer, String why, Instant now) {
		this.response = answer;
		this.reason = why;
		this.respondedAt = now;
	}

	public String getCouncil() {
		return council;
	}

	public String getCouncilName() {
		return councilName;
	}

	public Contact getContact() {
		return contact;
	}

	public List<String> getInnovationIds() {
		return innovationIds;
	}

	public HostResponse getResponse() {
		return response;
	}

	public String getReason() {
		return reason;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}
}
