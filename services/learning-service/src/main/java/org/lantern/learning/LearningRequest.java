package org.lantern.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lantern.platform.outbox.OutboxEntry;
import org.lantern.platform.web.ConflictException;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** What a learning council wants to learn, saved together with the events that announce it. */
@Document("learning_requests")
public class LearningRequest {

	@Id
	private String id;

	@Version
	private Long version;

	private String seekerCouncil;

	private String seekerRegion;

	private String topic;

	private List<ServiceArea> serviceAreas;

	private List<Format> formats;

	private DateWindow window;

	private int maxTravelKm;

	private int attendees;

	private Contact contact;

	private RequestStatus status;

	private String withdrawalReason;

	private Instant submittedAt;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected LearningRequest() {
	}

	static LearningRequest submit(String id, LearningRequestForm form, String seekerRegion, Instant now) {
		LearningRequest request = new LearningRequest();
		request.id = id;
		request.seekerCouncil = form.seekerCouncil();
		request.seekerRegion = seekerRegion;
		request.topic = form.topic().strip();
		request.serviceAreas = List.copyOf(form.serviceAreas());
		request.formats = List.copyOf(form.formats());
		request.window = new DateWindow(form.window().from(), form.window().to());
		request.maxTravelKm = form.maxTravelKm();
		request.attendees = form.attendees();
		request.contact = form.contact().toContact();
		request.status = RequestStatus.OPEN;
		request.submittedAt = now;
		return request;
	}

	void withdraw(String reason) {
		if (status == RequestStatus.WITHDRAWN) {
			throw new ConflictException("Learning request " + id + " is already withdrawn");
		}
		status = RequestStatus.WITHDRAWN;
		withdrawalReason = reason;
	}

	void publish(OutboxEntry entry) {
		outbox.add(entry);
	}

	public String getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public String getSeekerCouncil() {
		return seekerCouncil;
	}

	public String getSeekerRegion() {
		return seekerRegion;
	}

	public String getTopic() {
		return topic;
	}

	public List<ServiceArea> getServiceAreas() {
		return serviceAreas;
	}

	public List<Format> getFormats() {
		return formats;
	}

	public DateWindow getWindow() {
		return window;
	}

	public int getMaxTravelKm() {
		return maxTravelKm;
	}

	public int getAttendees() {
		return attendees;
	}

	public Contact getContact() {
		return contact;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public String getWithdrawalReason() {
		return withdrawalReason;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public List<OutboxEntry> getOutbox() {
		return outbox;
	}
}
