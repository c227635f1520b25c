package org.lantern.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lantern.platform.outbox.Outbox;
import org.lantern.platform.web.NotFoundException;
import org.lantern.platform.web.UnknownReferenceException;
import org.lantern.shared.events.EvaluationCompleted;
import org.lantern.shared.reference.LessonsVisibility;

import org.springframework.stereotype.Service;

@Service
class EvaluationService {

	private final EvaluationRepository evaluations;

	private final KnownInnovationRepository innovations;

	private final Outbox outbox;

	EvaluationService(EvaluationRepository evaluations, KnownInnovationRepository innovations, Outbox outbox) {
		this.evaluations = evaluations;
		this.innovations = innovations;
		this.outbox = outbox;
	}

	Evaluation record(EvaluationForm form) {
		if (!innovations.existsById(form.innovationId())) {
			throw new UnknownReferenceException("innovationId",
					"no registered innovation '" + form.innovationId() + "'");
		}
		String id = "ev-" + UUID.randomUUID();
		Instant now = outbox.clock().instant();
		LessonsVisibility visibility = form.lessonsVisibility() == null ? LessonsVisibility.ALL_COUNCILS
				: form.lessonsVisibility();
		Evaluation evaluation = new Evaluation(id, form.innovationId(), form.outcome(), form.evidenceLevel(),
				form.costs(), form.benefits(), form.metrics(), form.transferability(), form.lessonsLearned(), visibility,
				form.evaluatedBy(), now, List.of());
		EvaluationCompleted event = new EvaluationCompleted(Outbox.newEventId(), now, id, form.innovationId(),
				form.outcome(), form.evidenceLevel(), form.costs(), form.benefits(), form.metrics(),
				form.transferability(), form.lessonsLearned(), visibility, form.evaluatedBy());
		return evaluations.insert(evaluation.withEvent(outbox.entryFor(event)));
	}

	Evaluation get(String id) {
		return evaluations.findById(id).orElseThrow(() -> new NotFoundException("No evaluation with id '" + id + "'"));
	}

	List<Evaluation> forInnovation(String innovationId) {
		return innovationId == null ? evaluations.findAll()
				: evaluations.findByInnovationIdOrderByRecordedAtDesc(innovationId);
	}
}
