package org.lantern.shared.events;

/**
 * An event in the life of one gathering, on {@code lantern.gatherings}: keyed and described by the gathering's id so
 * a gathering's events stay in order.
 */
public sealed interface GatheringEvent extends LanternEvent permits GatheringProposed, GatheringProposalWithdrawn,
		GatheringSeekersAdded, GatheringConfirmed, GatheringDeclined, GatheringRescheduled, GatheringCancelled,
		GatheringHeld, InvitationAccepted, InvitationDeclined, FeedbackSubmitted, AdoptionReported {

	String gatheringId();

	@Override
	default String subject() {
		return gatheringId();
	}

	@Override
	default String partitionKey() {
		return gatheringId();
	}
}
