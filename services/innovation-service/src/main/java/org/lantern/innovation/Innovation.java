package org.lantern.innovation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lantern.platform.outbox.OutboxEntry;
import org.lantern.platform.web.ConflictException;
import org.lantern.shared.events.InnovationDetails;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An innovation and its hosting offer. Each change also appends its event to {@code outbox}, so the state and the
 * event to publish are saved in one single-document write.
 */
@Document("innovations")
public class Innovation {

	@Id
	private String id;

	@Version
	private Long version;

	private InnovationDetails details;

	private InnovationStatus status;

	private String withdrawalReason;

	private Instant registeredAt;

	private Instant updatedAt;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Innovation() {
	}

	static Innovation register(String id, InnovationDetails details, Instant now) {
		Innovation innovation = new Innovation();
		innovation.id = id;
		innovation.details = details;
		innovation.status = InnovationStatus.ACTIVE;
		innovation.registeredAt = now;
		innovation.updatedAt = now;
		return innovation;
	}

	void update(InnovationDetails newDetails, Instant now) {
		requireActive();
		this.details = newDetails;
		this.updatedAt = now;
	}

	void withdraw(String reason, Instant now) {
		requireActive();
		this.status = InnovationStatus.WITHDRAWN;
		this.withdrawalReason = reason;
		this.updatedAt = now;
	}

	void publish(OutboxEntry entry) {
		outbox.add(entry);
	}

	private void requireActive() {
		if (status != InnovationStatus.ACTIVE) {
			throw new ConflictException("Innovation " + id + " has been withdrawn and can no longer change");
		}
	}

	public String getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public InnovationDetails getDetails() {
		return details;
	}

	public InnovationStatus getStatus() {
		return status;
	}

	public String getWithdrawalReason() {
		return withdrawalReason;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<OutboxEntry> getOutbox() {
		return outbox;
	}
}
