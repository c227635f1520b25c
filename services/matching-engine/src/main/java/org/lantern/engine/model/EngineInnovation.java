package org.lantern.engine.model;

import java.util.List;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;

/**
 * An innovation as the engine sees it. {@code evaluation} is null when none has been completed;
 * {@code hostingOffer} null means {@link HostingOffer#defaults()}.
 */
public record EngineInnovation(String id, String hostCouncil, List<String> partnerCouncils, String title, String summary,
		List<ServiceArea> serviceAreas, InnovationType innovationType, Stage stage, List<String> keywords,
		EngineEvaluation evaluation, HostingOffer hostingOffer) {

	public EngineInnovation {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("An innovation needs an id");
		}
		if (hostCouncil == null || hostCouncil.isBlank()) {
			throw new IllegalArgumentException("Innovation '" + id + "' has no host council");
		}
		partnerCouncils = partnerCouncils == null ? List.of() : List.copyOf(partnerCouncils);
		serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		title = title == null ? "" : title;
		summary = summary == null ? "" : summary;
	}

	/** The offer the host actually makes, falling back to the product's defaults. */
	public HostingOffer effectiveOffer() {
		return hostingOffer == null ? HostingOffer.defaults() : hostingOffer;
	}
}
