package org.lantern.matching.catalogue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How much of the catalogue the matcher knows: an operator's check that the projections have caught up. */
@RestController
class CatalogueController {

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/catalogue")
	CatalogueStatus status() {
		return catalogue.status();
	}

	/** @param learnedNeeds needs remembered from attendees who found a gathering useful */
	record CatalogueStatus(long innovations, long matchable, long evaluated, long learnedNeeds) {
	}
}
