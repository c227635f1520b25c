package org.lantern.shared.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference list of UK local authorities shipped with Lantern (mySociety, CC-BY-4.0; fire authorities from the
 * ONS, OGL v3). Immutable; {@link #with(Collection)} gives a copy extended by a dataset's own bodies.
 */
public final class Councils {

	private static final String COUNCILS = "/lantern/councils.csv";

	/** Non-council bodies that host innovations in the catalogue (associations, community organisations). */
	private static final String ORGANISATIONS = "/lantern/organisations.csv";

	private static volatile Councils reference;

	private final Map<String, Council> byCode;

	private Councils(Map<String, Council> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
	}

	/** The shipped reference list, loaded once. */
	public static Councils reference() {
		Councils result = reference;
		if (result == null) {
			synchronized (Councils.class) {
				if (reference == null) {
					Map<String, Council> all = new LinkedHashMap<>();
					load(COUNCILS, all);
					load(ORGANISATIONS, all);
					reference = new Councils(all);
				}
				result = reference;
			}
		}
		return result;
	}

	public Optional<Council> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** The council with this code, or an {@link UnknownCouncilException} naming it. */
	public Council get(String code) {
		return find(code).orElseThrow(() -> new UnknownCouncilException(code));
	}

	public boolean contains(String code) {
		return code != null && byCode.containsKey(code);
	}

	public Collection<Council> all() {
		return byCode.values();
	}

	/** A copy of this list extended (or overridden, code for code) by the given bodies. */
	public Councils with(Collection<Council> extra) {
		if (extra == null || extra.isEmpty()) {
			return this;
		}
		Map<String, Council> merged = new LinkedHashMap<>(byCode);
		extra.forEach(c -> merged.put(c.code(), c));
		return new Councils(merged);
	}

	private static void load(String resource, Map<String, Council> councils) {
		try (InputStream in = Councils.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Council reference data missing from the classpath: " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String header = reader.readLine();
			if (header == null || !header.startsWith("code,name,officialName,type,region")) {
				throw new IllegalStateException("Unexpected council data header: " + header);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				List<String> f = splitCsv(line);
				// code,name,officialName,type,region,nation,parentCounty,lat,lon,population
				Integer population = f.get(9).isBlank() ? null : Integer.valueOf(f.get(9));
				councils.put(f.get(0), new Council(f.get(0), f.get(1).strip(), CouncilType.valueOf(f.get(3)), f.get(4),
						f.get(5), Double.parseDouble(f.get(7)), Double.parseDouble(f.get(8)), population));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> splitCsv(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				fields.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		fields.add(current.toString());
		return fields;
	}
}
