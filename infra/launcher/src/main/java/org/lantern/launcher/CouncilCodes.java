package org.lantern.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Council codes and names from {@code lantern/councils.csv} of lantern-shared (read as a resource, so the launcher
 * does not depend on shared's code while it changes).
 */
final class CouncilCodes {

	private CouncilCodes() {
	}

	/** Code to display name, in file order. */
	static Map<String, String> load() {
		try (InputStream in = CouncilCodes.class.getResourceAsStream("/lantern/councils.csv")) {
			if (in == null) {
				throw new IllegalStateException("lantern/councils.csv missing from the classpath (lantern-shared)");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine(); // header: code,name,officialName,...
			Map<String, String> councils = new LinkedHashMap<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				int first = line.indexOf(',');
				String code = line.substring(0, first);
				String rest = line.substring(first + 1);
				String name = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1))
						: rest.substring(0, rest.indexOf(','));
				councils.put(code, name.strip());
			}
			return councils;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
