package org.lantern.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import org.lantern.platform.events.EventCodec;
import org.lantern.shared.events.EventType;
import org.lantern.shared.events.LanternEvent;

/** Makes outbox entries for events and hands out event ids and times. */
public class Outbox {

	private final EventCodec codec;

	private final Clock clock;

	public Outbox(EventCodec codec, Clock clock) {
		this.codec = codec;
		this.clock = clock;
	}

	public static String newEventId() {
		return UUID.randomUUID().toString();
	}

	public Clock clock() {
		return clock;
	}

	public OutboxEntry entryFor(LanternEvent event) {
		EventType type = EventType.of(event);
		return new OutboxEntry(event.eventId(), type.ceType(), type.topic(), event.partitionKey(), codec.encode(event),
				event.occurredAt());
	}
}
