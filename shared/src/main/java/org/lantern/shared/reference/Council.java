package org.lantern.shared.reference;

/**
 * A UK local authority (or a body a dataset adds). {@code population} is null where unknown.
 */
public record Council(String code, String name, CouncilType type, String region, String nation, double lat,
		double lon, Integer population) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** Great-circle distance, in kilometres, between the two councils' reference points. */
	public double distanceKmTo(Council other) {
		double lat1 = Math.toRadians(lat), lat2 = Math.toRadians(other.lat);
		double dLat = lat2 - lat1, dLon = Math.toRadians(other.lon - lon);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
