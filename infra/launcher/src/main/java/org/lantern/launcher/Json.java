package org.lantern.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the launcher (Jackson 3). */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static JsonNode resource(String name) {
		try (InputStream in = Json.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource on the classpath: " + name);
			}
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}
}
