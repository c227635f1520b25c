package org.lantern.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.Transferability;

/**
 * An evaluation as recorded. {@code evidenceLevel} follows Nesta's standards (1 described, 2 data on change, 3
 * comparison suggesting causality, 4 independent replication, 5 manualised and proven at scale).
 * {@code lessonsVisibility} says who may see a failure's lessons; all councils if left out.
 */
record EvaluationForm(@NotBlank @Size(max = 80) String innovationId, @NotNull Outcome outcome,
		@NotNull @Min(1) @Max(5) Integer evidenceLevel, @Size(max = 2000) String costs,
		@Size(max = 2000) String benefits, @Size(max = 2000) String metrics, @NotNull Transferability transferability,
		@Size(max = 4000) String lessonsLearned, LessonsVisibility lessonsVisibility,
		@Size(max = 200) String evaluatedBy) {
}
