package org.lantern.learning;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/learning-requests")
class LearningRequestController {

	private final LearningRequestService service;

	LearningRequestController(LearningRequestService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<RequestView> submit(@Valid @RequestBody LearningRequestForm form) {
		LearningRequest request = service.submit(form);
		return ResponseEntity.created(URI.create("/api/learning-requests/" + request.getId()))
			.body(RequestView.of(request));
	}

	@PostMapping("/{id}/withdraw")
	RequestView withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Withdrawal withdrawal) {
		return RequestView.of(service.withdraw(id, withdrawal == null ? null : withdrawal.reason()));
	}

	@GetMapping("/{id}")
	RequestView get(@PathVariable String id) {
		return RequestView.of(service.get(id));
	}

	@GetMapping
	List<RequestView> list(@RequestParam(required = false) String seekerCouncil) {
		return service.list(seekerCouncil).stream().map(RequestView::of).toList();
	}

	record Withdrawal(@Size(max = 1000) String reason) {
	}

	record RequestView(String id, RequestStatus status, String seekerCouncil, String seekerRegion, String topic,
			List<ServiceArea> serviceAreas, List<Format> formats, DateWindow window, int maxTravelKm, int attendees,
			Contact contact, String withdrawalReason, Instant submittedAt) {

		static RequestView of(LearningRequest r) {
			return new RequestView(r.getId(), r.getStatus(), r.getSeekerCouncil(), r.getSeekerRegion(), r.getTopic(),
					r.getServiceAreas(), r.getFormats(), r.getWindow(), r.getMaxTravelKm(), r.getAttendees(),
					r.getContact(), r.getWithdrawalReason(), r.getSubmittedAt());
		}
	}
}
