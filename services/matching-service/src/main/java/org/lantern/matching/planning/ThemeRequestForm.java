package org.lantern.matching.planning;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lantern.platform.web.ContactForm;
import org.lantern.shared.reference.ServiceArea;

/**
 * A regional body asks for a network meeting on a theme in its region. The theme is matched like a learning
 * request's topic, so it reads best as the problem councils share ("families evicted into temporary housing").
 */
record ThemeRequestForm(
		@NotBlank @Size(max = 120) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String requestedBy,
		@NotBlank String region, @NotBlank @Size(min = 10, max = 2000) String theme,
		List<@NotNull ServiceArea> serviceAreas, @NotNull @Valid Window window, @NotNull @Valid ContactForm contact) {

	record Window(@NotNull LocalDate from, @NotNull LocalDate to) {
	}
}
