package org.lantern.gathering.gatherings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An attendee council's answer to its invitation, for its learning request. {@code people} may change how many come
 * (by default as many as the request asked for).
 */
record RsvpForm(@NotBlank @Size(max = 80) String requestId, @NotBlank @Size(max = 64) String council,
		@NotNull Response response, @Min(1) @Max(50) Integer people, @Size(max = 1000) String reason) {

	enum Response {
		ACCEPT, DECLINE
	}
}
