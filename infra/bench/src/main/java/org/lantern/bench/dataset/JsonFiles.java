package org.lantern.bench.dataset;

import java.io.File;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the bench's output documents: indented JSON, folders made as needed, failures named by file. */
public final class JsonFiles {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private JsonFiles() {
	}

	public static void write(File file, Object document) {
		try {
			File parent = file.getAbsoluteFile().getParentFile();
			if (parent != null) {
				parent.mkdirs();
			}
			JSON.writeValue(file, document);
		}
		catch (JacksonException ex) {
			throw new DatasetException("Cannot write " + file + ": " + ex.getOriginalMessage(), ex);
		}
	}
}
