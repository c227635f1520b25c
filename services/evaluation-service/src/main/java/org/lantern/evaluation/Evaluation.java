package org.lantern.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lantern.platform.outbox.OutboxEntry;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.Transferability;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A recorded evaluation, saved together with its evaluation-completed event in {@code outbox}. */
@Document("evaluations")
record Evaluation(@Id String id, String innovationId, Outcome outcome, int evidenceLevel, String costs,
		String benefits, String metrics, Transferability transferability, String lessonsLearned,
		LessonsVisibility lessonsVisibility, String evaluatedBy, Instant recordedAt, List<OutboxEntry> outbox) {

	Evaluation withEvent(OutboxEntry entry) {
		List<OutboxEntry> pending = new ArrayList<>(outbox);
		pending.add(entry);
		return new Evaluation(id, innovationId, outcome, evidenceLevel, costs, benefits, metrics, transferability,
				lessonsLearned, lessonsVisibility, evaluatedBy, recordedAt, pending);
	}
}
