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

	record CatalogueStatus(long innovations, long matchable, long evaluated) {
	}
}
