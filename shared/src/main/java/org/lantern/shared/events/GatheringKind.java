package org.lantern.shared.events;

/** What kind of gathering: "gathering" keeps "event" free to mean a Kafka event. */
public enum GatheringKind {
	/** One host, one visiting council: only where nothing better fits. */
	HOSTED_VISIT,
	/** One host, several visiting councils on one date. */
	OPEN_DAY,
	/** Several innovators presenting to several seekers of a region, at a venue that rotates among the hosts. */
	NETWORK_MEETING,
	/** Online; no venue. */
	VIRTUAL_SESSION
}
