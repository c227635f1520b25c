package org.lantern.matching.planning;

import java.util.Comparator;
import java.util.List;

import org.lantern.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan: the gatherings the planner proposes per region, and the matched requests it could not place, for
 * regional bodies and the portal.
 */
@RestController
@RequestMapping("/api/plan")
class PlanController {

	private final GatheringPlanner planner;

	PlanController(GatheringPlanner planner) {
		this.planner = planner;
	}

	@GetMapping("/gatherings")
	List<PlannedGathering> gatherings(@RequestParam(required = false) String region) {
		return planner.gatherings()
			.stream()
			.filter(g -> region == null || region.equals(g.region()))
			.sorted(Comparator.comparing(PlannedGathering::date))
			.toList();
	}

	@GetMapping("/gatherings/{id}")
	PlannedGathering gathering(@PathVariable String id) {
		return planner.find(id).orElseThrow(() -> new NotFoundException("No planned gathering '" + id + "'"));
	}

	/** Matched requests still waiting for a place, with why; the region is the seeker's. */
	@GetMapping("/unserved")
	List<PlannedUnserved> unserved(@RequestParam(required = false) String region) {
		return planner.unserved(region);
	}
}
