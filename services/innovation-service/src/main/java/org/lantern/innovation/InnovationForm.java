package org.lantern.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lantern.platform.web.ContactForm;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;

/**
 * An innovation as a council registers or updates it. {@code id} is optional on registration (a readable slug such
 * as {@code inn-sutton-care-tablets}); {@code hostingOffer} may be left out for Lantern's defaults.
 */
record InnovationForm(@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}", message = "must be 3-80 lower-case letters, digits or '-'") String id,
		@NotBlank String hostCouncil, @Size(max = 20) List<@NotBlank String> partnerCouncils,
		@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String summary,
		@NotEmpty List<@NotNull ServiceArea> serviceAreas, @NotNull InnovationType innovationType,
		@NotNull Stage stage, @Size(max = 30) List<@NotBlank @Size(max = 80) String> keywords,
		@Valid HostingOfferForm hostingOffer, @NotNull @Valid ContactForm contact) {

	record HostingOfferForm(@NotEmpty List<@NotNull Format> formats,
			@NotNull @Min(0) @Max(52) Integer maxGatheringsPerQuarter,
			@NotNull @Min(1) @Max(500) Integer maxVisitorsPerGathering,
			@Size(max = 366) List<@NotNull LocalDate> blackoutDates, @DecimalMin("0") BigDecimal feePerVisitorGbp) {

		HostingOffer toOffer() {
			return new HostingOffer(List.copyOf(formats), maxGatheringsPerQuarter, maxVisitorsPerGathering,
					blackoutDates == null ? List.of() : List.copyOf(blackoutDates),
					feePerVisitorGbp == null ? BigDecimal.ZERO : feePerVisitorGbp);
		}
	}

	InnovationDetails toDetails() {
		return new InnovationDetails(hostCouncil, partnerCouncils == null ? List.of() : List.copyOf(partnerCouncils),
				title.strip(), summary.strip(), List.copyOf(serviceAreas), innovationType, stage,
				keywords == null ? List.of() : keywords.stream().map(String::strip).toList(),
				hostingOffer == null ? HostingOffer.defaults() : hostingOffer.toOffer(), contact.toContact());
	}
}
