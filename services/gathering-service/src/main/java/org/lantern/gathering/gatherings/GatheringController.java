package org.lantern.gathering.gatherings;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/gatherings")
class GatheringController {

	private final GatheringService service;

	GatheringController(GatheringService service) {
		this.service = service;
	}

	@GetMapping
	List<GatheringView> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) GatheringStatus status, @RequestParam(required = false) String council) {
		return service.list(region, status, council).stream().map(GatheringView::of).toList();
	}

	@GetMapping("/{id}")
	GatheringView get(@PathVariable String id) {
		return GatheringView.of(service.get(id));
	}

	@PostMapping("/{id}/confirm")
	GatheringView confirm(@PathVariable String id, @Valid @RequestBody HostAnswerForm form) {
		return GatheringView.of(service.confirm(id, form));
	}

	@PostMapping("/{id}/decline")
	GatheringView decline(@PathVariable String id, @Valid @RequestBody HostAnswerForm form) {
		return GatheringView.of(service.decline(id, form));
	}

	@PostMapping("/{id}/reschedule")
	GatheringView reschedule(@PathVariable String id, @Valid @RequestBody RescheduleForm form) {
		return GatheringView.of(service.reschedule(id, form));
	}

	@PostMapping("/{id}/cancel")
	GatheringView cancel(@PathVariable String id, @Valid @RequestBody HostAnswerForm form) {
		return GatheringView.of(service.cancel(id, form));
	}

	@PostMapping("/{id}/rsvp")
	GatheringView rsvp(@PathVariable String id, @Valid @RequestBody RsvpForm form) {
		return GatheringView.of(service.rsvp(id, form));
	}

	@PostMapping("/{id}/feedback")
	GatheringView feedback(@PathVariable String id, @Valid @RequestBody FeedbackForm form) {
		return GatheringView.of(service.feedback(id, form));
	}

	@PostMapping("/{id}/adoption")
	GatheringView adoption(@PathVariable String id, @Valid @RequestBody AdoptionForm form) {
		return GatheringView.of(service.adoption(id, form));
	}
}
