package org.lantern.innovation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/innovations")
class InnovationController {

	private final InnovationService service;

	InnovationController(InnovationService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<InnovationView> register(@Valid @RequestBody InnovationForm form) {
		Innovation innovation = service.register(form);
		return ResponseEntity.created(URI.create("/api/innovations/" + innovation.getId()))
			.body(InnovationView.of(innovation));
	}

	@PutMapping("/{id}")
	InnovationView update(@PathVariable String id, @Valid @RequestBody InnovationForm form) {
		return InnovationView.of(service.update(id, form));
	}

	@PostMapping("/{id}/withdraw")
	InnovationView withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Withdrawal withdrawal) {
		return InnovationView.of(service.withdraw(id, withdrawal == null ? null : withdrawal.reason()));
	}

	@GetMapping("/{id}")
	InnovationView get(@PathVariable String id) {
		return InnovationView.of(service.get(id));
	}

	@GetMapping
	List<InnovationView> list(@RequestParam(required = false) String hostCouncil) {
		return service.list(hostCouncil).stream().map(InnovationView::of).toList();
	}

	record Withdrawal(@Size(max = 1000) String reason) {
	}
}
