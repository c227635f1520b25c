package org.lantern.engine.plan;

/**
 * What became of a regional body's theme request in a plan.
 *
 * @param gatheringId the network meeting planned for it, or null when none could be
 * @param reason null when planned; otherwise {@link #NO_PRESENTERS} or {@link #NO_COMMON_DATE}
 * @param explanation in words for the regional body
 */
public record ThemeOutcome(String themeRequestId, String gatheringId, String reason, String explanation) {

	/** Fewer than two of the region's innovators present on the theme and offer network meetings. */
	public static final String NO_PRESENTERS = "NO_PRESENTERS";

	/** The presenters exist, but no working day in the window has two of them free (caps, blackouts). */
	public static final String NO_COMMON_DATE = "NO_COMMON_DATE";
}
