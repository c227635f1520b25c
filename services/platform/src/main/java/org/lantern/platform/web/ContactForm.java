package org.lantern.platform.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lantern.shared.events.Contact;

/** A contact as typed into a form; no line breaks, so nothing can be smuggled into mail headers. */
public record ContactForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String name,
		@NotBlank @Email @Size(max = 254) @Pattern(regexp = "[^\\s<>\"]+", message = "must be a plain address") String email) {

	public Contact toContact() {
		return new Contact(name.strip(), email.strip());
	}
}
