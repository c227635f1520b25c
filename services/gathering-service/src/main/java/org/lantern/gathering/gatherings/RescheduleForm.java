package org.lantern.gathering.gatherings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A host moves a confirmed gathering to another date. */
record RescheduleForm(@NotBlank @Size(max = 64) String council, @NotNull LocalDate date,
		@Size(max = 1000) String reason) {
}
