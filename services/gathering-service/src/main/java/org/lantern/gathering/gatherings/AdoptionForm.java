package org.lantern.gathering.gatherings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lantern.platform.web.ContactForm;

/**
 * An attendee reports, months after a gathering, whether it adopted an innovation it saw there; an adopter may offer
 * to host it for others ({@code contact} is who to write to then; by default the request's contact).
 */
record AdoptionForm(@NotBlank @Size(max = 80) String requestId, @NotBlank @Size(max = 64) String council,
		@NotBlank @Size(max = 80) String innovationId, @NotNull Boolean adopted, @NotNull Boolean willingToHost,
		@Valid ContactForm contact) {
}
