package org.lantern.shared.events;

/** An event in the life of one gathering: keyed by its id so they stay in order. */
public interface GatheringEvent {

	String gatheringId();
}
