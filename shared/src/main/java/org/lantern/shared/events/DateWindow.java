package org.lantern.shared.events;

import java.time.LocalDate;

/** Inclusive range of dates. */
public record DateWindow(LocalDate from, LocalDate to) {

	public boolean contains(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}
}
