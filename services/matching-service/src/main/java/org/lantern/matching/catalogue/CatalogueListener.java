package org.lantern.matching.catalogue;

import java.time.Instant;

import org.lantern.matching.decision.Decisions;
import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.EvaluationCompleted;
import org.lantern.shared.events.InnovationRegistered;
import org.lantern.shared.events.InnovationUpdated;
import org.lantern.shared.events.InnovationWithdrawn;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalogue from innovation and evaluation events. Every change is an upsert of the whole entry by
 * innovation id, so replaying an event changes nothing. A new or better-described innovation may now fit requests
 * that had no match, so those are looked at again.
 */
@Component
class CatalogueListener {

	private final IdempotentConsumer consumer;

	private final Catalogue catalogue;

	private final Decisions decisions;

	CatalogueListener(IdempotentConsumer consumer, Catalogue catalogue, Decisions decisions) {
		this.consumer = consumer;
		this.catalogue = catalogue;
		this.decisions = decisions;
	}

	@KafkaListener(topics = { Topics.INNOVATIONS, Topics.EVALUATIONS })
	void on(String value) {
		consumer.consume(value, this::apply);
	}

	private void apply(LanternEvent event) {
		if (event instanceof InnovationRegistered registered) {
			CatalogueEntry current = catalogue.find(registered.innovationId()).orElse(null);
			catalogue.save(new CatalogueEntry(registered.innovationId(), registered.innovation(),
					current == null ? null : current.evaluation(), false, registered.occurredAt()));
			decisions.rematchUnmatched();
		}
		else if (event instanceof InnovationUpdated updated) {
			CatalogueEntry current = catalogue.find(updated.innovationId()).orElse(null);
			catalogue.save(new CatalogueEntry(updated.innovationId(), updated.innovation(),
					current == null ? null : current.evaluation(), current != null && current.withdrawn(),
					updated.occurredAt()));
			decisions.rematchUnmatched();
		}
		else if (event instanceof InnovationWithdrawn withdrawn) {
			CatalogueEntry current = catalogue.find(withdrawn.innovationId()).orElse(null);
			catalogue.save(new CatalogueEntry(withdrawn.innovationId(), current == null ? null : current.details(),
					current == null ? null : current.evaluation(), true, withdrawn.occurredAt()));
		}
		else if (event instanceof EvaluationCompleted evaluation) {
			CatalogueEntry current = catalogue.find(evaluation.innovationId()).orElse(null);
			if (current != null && current.evaluation() != null
					&& current.evaluation().occurredAt().isAfter(evaluation.occurredAt())) {
				return;
			}
			catalogue.save(new CatalogueEntry(evaluation.innovationId(), current == null ? null : current.details(),
					evaluation, current != null && current.withdrawn(),
					current == null ? Instant.EPOCH : current.updatedAt()));
		}
	}
}
