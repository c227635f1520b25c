package org.lantern.matching.planning;

import org.lantern.matching.catalogue.Catalogue;
import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.GatheringCancelled;
import org.lantern.shared.events.GatheringConfirmed;
import org.lantern.shared.events.GatheringDeclined;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What became of proposed gatherings: a confirmation pins a gathering, a decline or cancellation frees its
 * attendees for the planner, and an adopter willing to host becomes a secondary host of the innovation.
 */
@Component
class GatheringOutcomesListener {

	private final IdempotentConsumer consumer;

	private final GatheringPlanner planner;

	private final Catalogue catalogue;

	GatheringOutcomesListener(IdempotentConsumer consumer, GatheringPlanner planner, Catalogue catalogue) {
		this.consumer = consumer;
		this.planner = planner;
		this.catalogue = catalogue;
	}

	@KafkaListener(topics = Topics.GATHERINGS)
	void on(String value) {
		consumer.consume(value, this::apply);
	}

	private void apply(LanternEvent event) {
		if (event instanceof GatheringConfirmed confirmed) {
			planner.confirmed(confirmed.gatheringId());
		}
		else if (event instanceof GatheringDeclined declined) {
			planner.hostDeclined(declined.gatheringId(), declined.declinedBy());
		}
		else if (event instanceof GatheringCancelled cancelled) {
			planner.hostDeclined(cancelled.gatheringId(), cancelled.cancelledBy());
		}
		else if (event instanceof AdoptionReported adoption && adoption.adopted() && adoption.willingToHost()) {
			catalogue.addSecondaryHost(adoption.innovationId(), adoption.adopterCouncil(), adoption.contact(),
					adoption.occurredAt());
		}
	}
}
