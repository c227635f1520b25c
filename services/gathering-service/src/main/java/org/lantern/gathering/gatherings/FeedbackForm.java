package org.lantern.gathering.gatherings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lantern.shared.events.AdoptionIntent;

/** How useful a held gathering was to an attendee (1-5), and whether it expects to adopt what it saw. */
record FeedbackForm(@NotBlank @Size(max = 80) String requestId, @NotBlank @Size(max = 64) String council,
		@NotNull @Min(1) @Max(5) Integer usefulness, @NotNull AdoptionIntent willAdopt,
		@Size(max = 4000) String comments) {
}
