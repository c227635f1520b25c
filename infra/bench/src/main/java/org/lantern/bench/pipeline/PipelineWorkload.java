package org.lantern.bench.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.bench.plan.WorkloadGenerator;
import org.lantern.engine.model.EngineEvaluation;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.EvaluationCompleted;
import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.events.InnovationRegistered;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.reference.Councils;

/**
 * What a pipeline run publishes, made by {@link WorkloadGenerator} so that requests come from real councils with the
 * dev set's needs and there are innovations that answer them: the catalogue (every innovation as
 * innovation-registered, and the evaluations the generator gave some of them as evaluation-completed, since the
 * matcher weighs evidence) and the learning requests.
 */
final class PipelineWorkload {

	static final int COUNCILS = 300;

	/** The dev catalogue's size, so even a small run has every template innovation once. */
	static final int MIN_INNOVATIONS = 90;

	/** About as many innovations per request as the dev set has; a larger run gets a larger catalogue to search. */
	static final int REQUESTS_PER_INNOVATION = 10;

	static final long SEED = 1;

	private final List<InnovationRegistered> innovations;

	private final List<EvaluationCompleted> evaluations;

	private final List<EngineRequest> requests;

	private PipelineWorkload(List<InnovationRegistered> innovations, List<EvaluationCompleted> evaluations,
			List<EngineRequest> requests) {
		this.innovations = innovations;
		this.evaluations = evaluations;
		this.requests = requests;
	}

	static PipelineWorkload generate(int requestCount) {
		int innovationCount = Math.max(MIN_INNOVATIONS, requestCount / REQUESTS_PER_INNOVATION);
		Map<String, Object> doc = WorkloadGenerator
			.generate(new WorkloadGenerator.Params(COUNCILS, innovationCount, requestCount, SEED));
		Dataset dataset = DatasetReader.read(CloudEvents.JSON.valueToTree(doc));
		Instant now = Instant.now();
		List<InnovationRegistered> innovations = new ArrayList<>();
		List<EvaluationCompleted> evaluations = new ArrayList<>();
		for (EngineInnovation i : dataset.innovations()) {
			InnovationDetails details = new InnovationDetails(i.hostCouncil(), i.partnerCouncils(), i.title(),
					i.summary(), i.serviceAreas(), i.innovationType(), i.stage(), i.keywords(), i.effectiveOffer(),
					new Contact("Innovation lead", "lead." + i.id() + "@councils.lantern.test"));
			innovations.add(new InnovationRegistered(eventId(), now, i.id(), details));
			EngineEvaluation e = i.evaluation();
			// The generator copies the dev set's evaluation blocks; only complete ones are valid events.
			if (e != null && e.outcome() != null && e.transferability() != null && e.evidenceLevel() >= 1) {
				evaluations.add(new EvaluationCompleted(eventId(), now, "eval-" + i.id(), i.id(), e.outcome(),
						e.evidenceLevel(), null, null, e.metrics(), e.transferability(), e.lessonsLearned(),
						e.lessonsVisibility(), "lantern-bench"));
			}
		}
		return new PipelineWorkload(List.copyOf(innovations), List.copyOf(evaluations), dataset.requests());
	}

	List<LanternEvent> catalogue() {
		List<LanternEvent> events = new ArrayList<>(innovations);
		events.addAll(evaluations);
		return events;
	}

	int innovationCount() {
		return innovations.size();
	}

	int evaluationCount() {
		return evaluations.size();
	}

	int requestCount() {
		return requests.size();
	}

	List<String> requestIds() {
		return requests.stream().map(EngineRequest::id).toList();
	}

	/** The i-th learning request as submitted at {@code at}, with a fresh event id. */
	LearningRequestSubmitted request(int i, Instant at) {
		EngineRequest r = requests.get(i);
		String region = Councils.reference().get(r.seekerCouncil()).region();
		return new LearningRequestSubmitted(eventId(), at, r.id(), r.seekerCouncil(), region, r.topic(),
				r.serviceAreas(), r.formats(), r.window(), r.maxTravelKm(), r.attendees(),
				new Contact("Learning officer", "officer." + r.id() + "@councils.lantern.test"));
	}

	private static String eventId() {
		return UUID.randomUUID().toString();
	}
}
