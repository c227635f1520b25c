package org.lantern.platform.web;

import java.time.LocalDate;
import java.util.List;

import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;

/** Checks of request values against Lantern's reference data, failing with the field named. */
public final class ReferenceChecks {

	private ReferenceChecks() {
	}

	public static Council council(String field, String code) {
		return Councils.reference()
			.find(code)
			.orElseThrow(() -> new InvalidRequestException(field,
					"unknown council code '" + code + "' (use a GSS code from the UK local authority list)"));
	}

	public static void councils(String field, List<String> codes) {
		if (codes == null) {
			return;
		}
		for (int i = 0; i < codes.size(); i++) {
			council(field + "[" + i + "]", codes.get(i));
		}
	}

	public static void window(String field, LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidRequestException(field, "ends (" + to + ") before it starts (" + from + ")");
		}
	}
}
