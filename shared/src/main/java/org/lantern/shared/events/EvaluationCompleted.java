package org.lantern.shared.events;

import java.time.Instant;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.Transferability;

/**
 * An evaluation of a registered innovation was recorded. {@code evidenceLevel} follows Nesta's standards (1
 * described ... 5 proven at scale). Keyed by innovation id so it follows the innovation's own events.
 */
public record EvaluationCompleted(String eventId, Instant occurredAt, String evaluationId, String innovationId,
		Outcome outcome, int evidenceLevel, String costs, String benefits, String metrics,
		Transferability transferability, String lessonsLearned, LessonsVisibility lessonsVisibility,
		String evaluatedBy) implements LanternEvent {

	@Override
	public String subject() {
		return innovationId;
	}

	@Override
	public String partitionKey() {
		return innovationId;
	}
}
