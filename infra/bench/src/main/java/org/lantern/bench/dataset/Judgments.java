package org.lantern.bench.dataset;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The graded relevance judgments of a dataset (3 best … 1 partial), read only by evaluation commands. Kept apart
 * from {@link DatasetReader} so that {@code match} cannot see them.
 */
public final class Judgments {

	private Judgments() {
	}

	/** Request id to (innovation id to grade); requests without judgments map to an empty map. */
	public static Map<String, Map<String, Integer>> read(File file) {
		JsonNode root = DatasetReader.parse(file);
		Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
		for (JsonNode r : root.path("requests")) {
			Map<String, Integer> grades = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> g : r.path("judgments").properties()) {
				if (g.getValue().asInt() > 0) {
					grades.put(g.getKey(), g.getValue().asInt());
				}
			}
			out.put(r.path("id").asString(), grades);
		}
		return out;
	}
}
