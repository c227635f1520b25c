package org.lantern.shared.events;

import java.util.List;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;

/** What an innovating council says about an innovation and how it will host learners. */
public record InnovationDetails(String hostCouncil, List<String> partnerCouncils, String title, String summary,
		List<ServiceArea> serviceAreas, InnovationType innovationType, Stage stage, List<String> keywords,
		HostingOffer hostingOffer, Contact contact) {
}
