package org.lantern.bench.dataset;

import java.util.List;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.plan.PlanningProblem;
import org.lantern.engine.plan.ThemeRequest;
import org.lantern.shared.reference.Councils;

/**
 * A bench dataset as the engine sees it: the reference councils extended by the dataset's own, and no judgments.
 * {@code themes} are optional regional bodies' asks for a network meeting on a theme.
 */
public record Dataset(Councils councils, List<EngineInnovation> innovations, List<EngineRequest> requests,
		List<ThemeRequest> themes) {

	public PlanningProblem problem() {
		return new PlanningProblem(councils, innovations, requests, themes);
	}
}
