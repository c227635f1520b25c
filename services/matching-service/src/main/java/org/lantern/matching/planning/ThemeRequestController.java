package org.lantern.matching.planning;

import java.net.URI;

import jakarta.validation.Valid;
import org.lantern.platform.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Regional bodies ask for a network meeting on a theme, then see the meeting planned for it or why there is none. */
@RestController
@RequestMapping("/api/plan/theme-requests")
class ThemeRequestController {

	private final GatheringPlanner planner;

	ThemeRequestController(GatheringPlanner planner) {
		this.planner = planner;
	}

	@PostMapping
	ResponseEntity<ThemeAsk> ask(@Valid @RequestBody ThemeRequestForm form) {
		ThemeAsk ask = planner.askForTheme(form);
		return ResponseEntity.created(URI.create("/api/plan/theme-requests/" + ask.id())).body(ask);
	}

	/** Withdraws the ask; an unconfirmed meeting for it is withdrawn at the next re-plan, a confirmed one stays. */
	@DeleteMapping("/{id}")
	ThemeAsk withdraw(@PathVariable String id) {
		return planner.withdrawTheme(id).orElseThrow(() -> new NotFoundException("No theme request '" + id + "'"));
	}

	@GetMapping("/{id}")
	ThemeAsk get(@PathVariable String id) {
		return planner.findTheme(id).orElseThrow(() -> new NotFoundException("No theme request '" + id + "'"));
	}
}
