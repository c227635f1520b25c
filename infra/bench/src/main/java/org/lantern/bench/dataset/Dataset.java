package org.lantern.bench.dataset;

import java.util.List;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.reference.Councils;

/** A bench dataset as the engine sees it: the reference councils extended by the dataset's own, and no judgments. */
public record Dataset(Councils councils, List<EngineInnovation> innovations, List<EngineRequest> requests) {
}
