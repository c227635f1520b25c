package org.lantern.learning;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lantern.platform.web.ContactForm;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

/**
 * A learning request as a council submits it. The topic should describe the problem in the council's own words;
 * it need not name a solution.
 */
record LearningRequestForm(@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}", message = "must be 3-80 lower-case letters, digits or '-'") String id,
		@NotBlank String seekerCouncil, @NotBlank @Size(min = 10, max = 4000) String topic,
		@NotEmpty List<@NotNull ServiceArea> serviceAreas, @NotEmpty List<@NotNull Format> formats,
		@NotNull @Valid Window window, @NotNull @Min(0) @Max(1500) Integer maxTravelKm,
		@NotNull @Min(1) @Max(50) Integer attendees, @NotNull @Valid ContactForm contact) {

	record Window(@NotNull LocalDate from, @NotNull LocalDate to) {
	}
}
