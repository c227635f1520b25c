package org.lantern.shared.events;

import java.time.Instant;

/**
 * The planner no longer proposes this gathering and proposes nothing in its place (its seekers withdrew or were
 * placed elsewhere): its hosts need not answer. A proposal that is replaced is named in the new proposal's
 * {@code replaces} instead. Keyed by gathering id.
 */
public record GatheringProposalWithdrawn(String eventId, Instant occurredAt, String gatheringId, String reason)
		implements GatheringEvent {
}
