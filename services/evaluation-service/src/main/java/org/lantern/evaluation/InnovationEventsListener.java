package org.lantern.evaluation;

import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.InnovationRegistered;
import org.lantern.shared.events.InnovationUpdated;
import org.lantern.shared.events.InnovationWithdrawn;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the projection of known innovations; each change is an upsert by innovation id, so replays are harmless. */
@Component
class InnovationEventsListener {

	private final IdempotentConsumer consumer;

	private final KnownInnovationRepository known;

	InnovationEventsListener(IdempotentConsumer consumer, KnownInnovationRepository known) {
		this.consumer = consumer;
		this.known = known;
	}

	@KafkaListener(topics = Topics.INNOVATIONS)
	void on(String value) {
		consumer.consume(value, this::apply);
	}

	private void apply(LanternEvent event) {
		if (event instanceof InnovationRegistered registered) {
			known.save(new KnownInnovation(registered.innovationId(), registered.innovation().hostCouncil(),
					registered.innovation().title(), false));
		}
		else if (event instanceof InnovationUpdated updated) {
			known.save(new KnownInnovation(updated.innovationId(), updated.innovation().hostCouncil(),
					updated.innovation().title(), false));
		}
		else if (event instanceof InnovationWithdrawn withdrawn) {
			KnownInnovation current = known.findById(withdrawn.innovationId())
				.orElse(new KnownInnovation(withdrawn.innovationId(), withdrawn.hostCouncil(), null, false));
			known.save(new KnownInnovation(current.id(), current.hostCouncil(), current.title(), true));
		}
	}
}
