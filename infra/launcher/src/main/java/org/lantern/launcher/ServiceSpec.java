package org.lantern.launcher;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A service {@code ./lantern up} starts, read from {@code services.json} so that adding one (gathering-service) is a
 * one-line change. Public so that {@code lantern-bench pipeline} can describe the service it starts.
 *
 * @param name the Maven module under {@code services/}, also the log file name
 * @param port its HTTP port ({@code SERVER_PORT})
 * @param apiPrefixes the paths the portal forwards to it
 */
public record ServiceSpec(String name, int port, List<String> apiPrefixes) {

	static List<ServiceSpec> all() {
		List<ServiceSpec> specs = new ArrayList<>();
		for (JsonNode s : Json.resource("/services.json")) {
			List<String> prefixes = new ArrayList<>();
			s.path("api").forEach(p -> prefixes.add(p.asString()));
			specs.add(new ServiceSpec(s.path("name").asString(), s.path("port").asInt(), List.copyOf(prefixes)));
		}
		return List.copyOf(specs);
	}

	/** The MongoDB database of the service: its name with '-' replaced by '_'. */
	public String database() {
		return name.replace('-', '_');
	}

	public String baseUrl() {
		return "http://" + Layout.HOST + ":" + port;
	}
}
