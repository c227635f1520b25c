package org.lantern.engine.model;

import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.Transferability;

/**
 * The completed evaluation of an innovation. {@code evidenceLevel} runs 1 (described) to 5 (proven at scale), after
 * Nesta's Standards of Evidence; {@code lessonsVisibility} null means {@link LessonsVisibility#ALL_COUNCILS}.
 */
public record EngineEvaluation(Outcome outcome, int evidenceLevel, Transferability transferability, String metrics,
		String lessonsLearned, LessonsVisibility lessonsVisibility) {

	public EngineEvaluation {
		evidenceLevel = Math.max(0, Math.min(5, evidenceLevel));
		metrics = metrics == null ? "" : metrics;
		lessonsLearned = lessonsLearned == null ? "" : lessonsLearned;
	}

	public LessonsVisibility effectiveVisibility() {
		return lessonsVisibility == null ? LessonsVisibility.ALL_COUNCILS : lessonsVisibility;
	}
}
