package org.lantern.engine.match;

import java.util.List;
import org.lantern.engine.model.EngineEvaluation;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;
import org.lantern.shared.reference.Transferability;

/** Small catalogues and requests for matcher tests, with real council codes from the reference list. */
final class Catalogue {

	static final String BRECKLAND = "E07000143", BROADLAND = "E07000144", KINGS_LYNN = "E07000146",
			BASSETLAW = "E07000171", KENT = "E10000016", SUTTON = "E09000029", CORNWALL = "E06000052",
			NORTHUMBERLAND = "E06000057", MID_SUFFOLK = "E07000203", CHELMSFORD = "E07000070",
			HAVERING = "E09000016";

	private Catalogue() {
	}

	static EngineInnovation revenuesPartnership(String id, String host) {
		return new EngineInnovation(id, host, List.of(), "Shared revenues and benefits service",
				"Two districts combined their revenues and benefits work in one partnership on one IT system, overseen by a"
						+ " joint committee. New benefit claims now take 15 days instead of 119 and council tax collection rose.",
				List.of(ServiceArea.REVENUES_BENEFITS), InnovationType.PROCESS_MANAGERIAL, Stage.EMBEDDED,
				List.of("shared service", "revenues and benefits", "benefit claims processing"),
				new EngineEvaluation(Outcome.SUCCESS, 2, Transferability.SIMILAR_AUTHORITIES,
						"new claims 119 -> 15 days; council tax collection 96% -> 98%", null, null),
				null);
	}

	static EngineInnovation libraries(String id, String host) {
		return new EngineInnovation(id, host, List.of(), "Self-issue machines in libraries",
				"Self-service machines took over book issue and return so library staff could help users and run computer"
						+ " courses; opening hours were extended.",
				List.of(ServiceArea.CULTURE_LEISURE_LIBRARIES), InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED,
				List.of("libraries", "self-issue", "opening hours"), null, null);
	}

	static EngineInnovation wasteDepot(String id, String host) {
		return new EngineInnovation(id, host, List.of(), "Joint waste depot",
				"Two councils share one depot and fleet for refuse collection and recycling rounds.",
				List.of(ServiceArea.ENVIRONMENT_WASTE), InnovationType.PROCESS_MANAGERIAL, Stage.SCALING,
				List.of("refuse collection", "recycling", "depot"), null, null);
	}

	static EngineInnovation failedRevenuesPartnership(String id, String host, LessonsVisibility visibility) {
		EngineInnovation base = revenuesPartnership(id, host);
		return new EngineInnovation(id, host, List.of(), base.title(), base.summary(), base.serviceAreas(),
				base.innovationType(), base.stage(), base.keywords(),
				new EngineEvaluation(Outcome.FAILED, 2, Transferability.SIMILAR_AUTHORITIES, "claims backlog grew",
						"Agree the IT migration plan before merging the teams", visibility),
				null);
	}

	static EngineInnovation withOffer(EngineInnovation i, HostingOffer offer) {
		return new EngineInnovation(i.id(), i.hostCouncil(), i.partnerCouncils(), i.title(), i.summary(),
				i.serviceAreas(), i.innovationType(), i.stage(), i.keywords(), i.evaluation(), offer);
	}

	static EngineRequest benefitsRequest(String seeker, List<Format> formats, int maxTravelKm) {
		return new EngineRequest("req-benefits", seeker,
				"Housing benefit claims take months to process and council tax arrears are growing. We want to see how"
						+ " other districts joined up their revenues and benefits teams.",
				List.of(ServiceArea.REVENUES_BENEFITS), formats,
				new DateWindow(java.time.LocalDate.of(2027, 2, 1), java.time.LocalDate.of(2027, 5, 31)), maxTravelKm, 2);
	}

	static EngineRequest benefitsRequest(String seeker) {
		return benefitsRequest(seeker, List.of(Format.OPEN_DAY, Format.VIRTUAL), 250);
	}
}
