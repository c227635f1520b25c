package org.lantern.engine.plan;

import java.util.List;
import java.util.Objects;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.reference.Councils;

/**
 * What a plan is made from: the councils (reference list plus any extra bodies), the catalogue, the requests and any
 * network meetings regional bodies have asked for on a theme.
 */
public record PlanningProblem(Councils councils, List<EngineInnovation> innovations, List<EngineRequest> requests,
		List<ThemeRequest> themes) {

	public PlanningProblem {
		Objects.requireNonNull(councils, "councils");
		innovations = List.copyOf(innovations);
		requests = List.copyOf(requests);
		themes = themes == null ? List.of() : List.copyOf(themes);
	}

	public PlanningProblem(Councils councils, List<EngineInnovation> innovations, List<EngineRequest> requests) {
		this(councils, innovations, requests, List.of());
	}
}
