package org.lantern.engine.plan;

import java.util.List;
import java.util.Objects;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.reference.Councils;

/** What a plan is made from: the councils (reference list plus any extra bodies), the catalogue and the requests. */
public record PlanningProblem(Councils councils, List<EngineInnovation> innovations, List<EngineRequest> requests) {

	public PlanningProblem {
		Objects.requireNonNull(councils, "councils");
		innovations = List.copyOf(innovations);
		requests = List.copyOf(requests);
	}
}
