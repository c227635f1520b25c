package org.lantern.bench.match;

import java.lang.reflect.RecordComponent;
import org.lantern.bench.UsageException;
import org.lantern.engine.match.MatchWeights;

/**
 * The weights the bench runs with: {@link MatchWeights#defaults()}, each overridable by a system property
 * {@code lantern.match.<name>} (e.g. {@code -Dlantern.match.minRelevance=0.3}), so weights can be measured without
 * rebuilding.
 */
public final class WeightsConfig {

	static final String PREFIX = "lantern.match.";

	private WeightsConfig() {
	}

	public static MatchWeights fromSystemProperties() {
		MatchWeights defaults = MatchWeights.defaults();
		RecordComponent[] components = MatchWeights.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				String override = System.getProperty(PREFIX + components[i].getName());
				values[i] = override == null ? components[i].getAccessor().invoke(defaults) : Double.valueOf(override);
			}
			for (String name : System.getProperties().stringPropertyNames()) {
				if (name.startsWith(PREFIX) && java.util.Arrays.stream(components)
					.noneMatch(c -> c.getName().equals(name.substring(PREFIX.length())))) {
					throw new UsageException("unknown weight -D" + name);
				}
			}
			return MatchWeights.class.getDeclaredConstructor(types).newInstance(values);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("weights must be numbers: " + ex.getMessage());
		}
		catch (ReflectiveOperationException ex) {
			if (ex.getCause() instanceof IllegalArgumentException invalid) {
				throw new UsageException(invalid.getMessage());
			}
			throw new IllegalStateException(ex);
		}
	}
}
