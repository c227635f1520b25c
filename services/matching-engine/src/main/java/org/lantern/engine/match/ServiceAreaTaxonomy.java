package org.lantern.engine.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.lantern.shared.reference.ServiceArea;

/**
 * Which service areas are neighbours (a need filed under one is often met by work filed under the other), read from
 * {@code service-areas.txt} so the taxonomy is data, not code.
 */
final class ServiceAreaTaxonomy {

	private static final String RESOURCE = "/lantern/engine/service-areas.txt";

	private final Map<ServiceArea, Set<ServiceArea>> neighbours;

	private ServiceAreaTaxonomy(Map<ServiceArea, Set<ServiceArea>> neighbours) {
		this.neighbours = neighbours;
	}

	static ServiceAreaTaxonomy standard() {
		Map<ServiceArea, Set<ServiceArea>> neighbours = new EnumMap<>(ServiceArea.class);
		for (ServiceArea area : ServiceArea.values()) {
			neighbours.put(area, EnumSet.noneOf(ServiceArea.class));
		}
		try (InputStream in = ServiceAreaTaxonomy.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Service-area taxonomy missing from the classpath: " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
				String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw.strip();
				if (line.isEmpty()) {
					continue;
				}
				String[] parts = line.split("~");
				if (parts.length != 2) {
					throw new IllegalStateException("Service-area taxonomy line is not 'AREA ~ AREA, AREA': " + raw);
				}
				ServiceArea area = ServiceArea.valueOf(parts[0].strip());
				for (String other : parts[1].split(",")) {
					ServiceArea neighbour = ServiceArea.valueOf(other.strip());
					neighbours.get(area).add(neighbour);
					neighbours.get(neighbour).add(area);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ServiceAreaTaxonomy(neighbours);
	}

	/**
	 * How well an innovation's areas answer the areas a seeker named: each named area counts 1 if shared, half if a
	 * neighbour is; 1 when the seeker named none.
	 */
	double fit(Collection<ServiceArea> sought, Collection<ServiceArea> offered) {
		if (sought.isEmpty()) {
			return 1;
		}
		double total = 0;
		for (ServiceArea area : sought) {
			if (offered.contains(area)) {
				total += 1;
			}
			else if (offered.stream().anyMatch(neighbours.get(area)::contains)) {
				total += 0.5;
			}
		}
		return total / sought.size();
	}
}
