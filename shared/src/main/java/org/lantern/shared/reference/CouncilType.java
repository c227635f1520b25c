package org.lantern.shared.reference;

/** Kinds of local authority in the reference list, plus the non-council bodies datasets may add. */
public enum CouncilType {
	DISTRICT, UNITARY, METROPOLITAN_BOROUGH, LONDON_BOROUGH, COUNTY, COMBINED_AUTHORITY, STRATEGIC_AUTHORITY,
	SCOTTISH_UNITARY, WELSH_UNITARY, NI_DISTRICT, FIRE_AUTHORITY, ASSOCIATION, COMMUNITY_ORGANISATION;

	/**
	 * Councils that deliver the same broad set of services: a single-tier authority is "like" another single-tier
	 * one whatever the nation calls it.
	 */
	public String tier() {
		return switch (this) {
			case DISTRICT -> "lower tier";
			case COUNTY -> "upper tier";
			case UNITARY, METROPOLITAN_BOROUGH, LONDON_BOROUGH, SCOTTISH_UNITARY, WELSH_UNITARY, NI_DISTRICT -> "single tier";
			case COMBINED_AUTHORITY, STRATEGIC_AUTHORITY -> "combined";
			case FIRE_AUTHORITY -> "fire";
			case ASSOCIATION, COMMUNITY_ORGANISATION -> "other";
		};
	}
}
