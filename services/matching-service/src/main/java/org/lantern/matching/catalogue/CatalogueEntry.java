package org.lantern.matching.catalogue;

import java.time.Instant;

import org.lantern.shared.events.EvaluationCompleted;
import org.lantern.shared.events.InnovationDetails;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The matcher's view of one innovation, built from innovation and evaluation events. Either may arrive first
 * (they travel on different topics), so {@code details} may still be null while an evaluation waits for it.
 */
@Document("catalogue")
public record CatalogueEntry(@Id String id, InnovationDetails details, EvaluationCompleted evaluation,
		boolean withdrawn, Instant updatedAt) {

	public boolean matchable() {
		return details != null && !withdrawn;
	}
}
