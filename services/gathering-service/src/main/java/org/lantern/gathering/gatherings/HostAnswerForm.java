package org.lantern.gathering.gatherings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A host council's answer: confirm, decline or cancel, with its GSS code and, if it likes, why. */
record HostAnswerForm(@NotBlank @Size(max = 64) String council, @Size(max = 1000) String reason) {
}
