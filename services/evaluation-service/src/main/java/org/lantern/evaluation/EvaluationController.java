package org.lantern.evaluation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.Transferability;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

	private final EvaluationService service;

	EvaluationController(EvaluationService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<EvaluationView> record(@Valid @RequestBody EvaluationForm form) {
		Evaluation evaluation = service.record(form);
		return ResponseEntity.created(URI.create("/api/evaluations/" + evaluation.id()))
			.body(EvaluationView.of(evaluation));
	}

	@GetMapping("/{id}")
	EvaluationView get(@PathVariable String id) {
		return EvaluationView.of(service.get(id));
	}

	@GetMapping
	List<EvaluationView> list(@RequestParam(required = false) String innovationId) {
		return service.forInnovation(innovationId).stream().map(EvaluationView::of).toList();
	}

	/** An evaluation without its publishing bookkeeping. */
	record EvaluationView(String id, String innovationId, Outcome outcome, int evidenceLevel, String costs,
			String benefits, String metrics, Transferability transferability, String lessonsLearned,
			LessonsVisibility lessonsVisibility, String evaluatedBy, Instant recordedAt) {

		static EvaluationView of(Evaluation e) {
			return new EvaluationView(e.id(), e.innovationId(), e.outcome(), e.evidenceLevel(), e.costs(), e.benefits(),
					e.metrics(), e.transferability(), e.lessonsLearned(), e.lessonsVisibility(), e.evaluatedBy(),
					e.recordedAt());
		}
	}
}
