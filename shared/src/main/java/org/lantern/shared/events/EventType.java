package org.lantern.shared.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type: its CloudEvents {@code type} (versioned; only additive changes within a version), its record,
 * its topic and its JSON Schema on the classpath.
 */
public enum EventType {

	INNOVATION_REGISTERED("innovation-registered", InnovationRegistered.class, Topics.INNOVATIONS),
	INNOVATION_UPDATED("innovation-updated", InnovationUpdated.class, Topics.INNOVATIONS),
	INNOVATION_WITHDRAWN("innovation-withdrawn", InnovationWithdrawn.class, Topics.INNOVATIONS),
	EVALUATION_COMPLETED("evaluation-completed", EvaluationCompleted.class, Topics.EVALUATIONS),
	LEARNING_REQUEST("learning-request", LearningRequestSubmitted.class, Topics.LEARNING_REQUESTS),
	LEARNING_REQUEST_WITHDRAWN("learning-request-withdrawn", LearningRequestWithdrawn.class, Topics.LEARNING_REQUESTS),
	MATCH_PROPOSED("match-proposed", MatchProposed.class, Topics.MATCHES),
	REQUEST_UNMATCHED("request-unmatched", RequestUnmatched.class, Topics.MATCHES),
	GATHERING_PROPOSED("gathering-proposed", GatheringProposed.class, Topics.GATHERINGS),
	GATHERING_PROPOSAL_WITHDRAWN("gathering-proposal-withdrawn", GatheringProposalWithdrawn.class, Topics.GATHERINGS),
	GATHERING_SEEKERS_ADDED("gathering-seekers-added", GatheringSeekersAdded.class, Topics.GATHERINGS),
	GATHERING_CONFIRMED("gathering-confirmed", GatheringConfirmed.class, Topics.GATHERINGS),
	GATHERING_DECLINED("gathering-declined", GatheringDeclined.class, Topics.GATHERINGS),
	GATHERING_RESCHEDULED("gathering-rescheduled", GatheringRescheduled.class, Topics.GATHERINGS),
	GATHERING_CANCELLED("gathering-cancelled", GatheringCancelled.class, Topics.GATHERINGS),
	GATHERING_HELD("gathering-held", GatheringHeld.class, Topics.GATHERINGS),
	INVITATION_ACCEPTED("invitation-accepted", InvitationAccepted.class, Topics.GATHERINGS),
	INVITATION_DECLINED("invitation-declined", InvitationDeclined.class, Topics.GATHERINGS),
	FEEDBACK_SUBMITTED("feedback-submitted", FeedbackSubmitted.class, Topics.GATHERINGS),
	ADOPTION_REPORTED("adoption-reported", AdoptionReported.class, Topics.GATHERINGS);

	public static final String TYPE_PREFIX = "org.lantern.";

	private final String eventName;

	private final Class<? extends LanternEvent> recordType;

	private final String topic;

	EventType(String eventName, Class<? extends LanternEvent> recordType, String topic) {
		this.eventName = eventName;
		this.recordType = recordType;
		this.topic = topic;
	}

	/** The short name used in documentation, e.g. {@code learning-request}. */
	public String eventName() {
		return eventName;
	}

	/** The CloudEvents {@code type}, e.g. {@code org.lantern.learning-request.v1}. */
	public String ceType() {
		return TYPE_PREFIX + eventName + ".v1";
	}

	public Class<? extends LanternEvent> recordType() {
		return recordType;
	}

	public String topic() {
		return topic;
	}

	/** Classpath location of the JSON Schema of the event's {@code data}. */
	public String schemaResource() {
		return "/lantern/schemas/" + eventName + ".v1.schema.json";
	}

	public static Optional<EventType> ofCeType(String ceType) {
		return Arrays.stream(values()).filter(t -> t.ceType().equals(ceType)).findFirst();
	}

	public static EventType of(LanternEvent event) {
		return Arrays.stream(values())
			.filter(t -> t.recordType.equals(event.getClass()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
	}
}
