package org.lantern.shared.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lantern.shared.reference.Format;

/** The terms on which an innovating council will host learners. */
public record HostingOffer(List<Format> formats, int maxGatheringsPerQuarter, int maxVisitorsPerGathering,
		List<LocalDate> blackoutDates, BigDecimal feePerVisitorGbp) {

	/** What Lantern assumes when a council registers an innovation without saying how it will host. */
	public static HostingOffer defaults() {
		return new HostingOffer(List.of(Format.OPEN_DAY, Format.NETWORK_MEETING, Format.VIRTUAL), 2, 12, List.of(),
				BigDecimal.ZERO);
	}
}
