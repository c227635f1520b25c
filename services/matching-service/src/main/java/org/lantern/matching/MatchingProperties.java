package org.lantern.matching;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import org.lantern.engine.match.MatchWeights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param proposalsPerRequest how many of the best matches are published for a request (the first is the one both
 * sides are emailed about; the others are alternatives the planner may use)
 * @param weights overrides of the engine's measured defaults, by component name of {@link MatchWeights} (e.g.
 * {@code lantern.matching.weights.minRelevance=0.3}); documented in the README
 */
@ConfigurationProperties("lantern.matching")
public record MatchingProperties(@DefaultValue("3") int proposalsPerRequest, @DefaultValue Map<String, Double> weights) {

	public MatchWeights matchWeights() {
		MatchWeights defaults = MatchWeights.defaults();
		if (weights.isEmpty()) {
			return defaults;
		}
		RecordComponent[] components = MatchWeights.class.getRecordComponents();
		for (String name : weights.keySet()) {
			if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
				throw new IllegalArgumentException("Unknown matching weight '" + name + "'; known: "
						+ Arrays.stream(components).map(RecordComponent::getName).toList());
			}
		}
		try {
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				Double override = weights.get(components[i].getName());
				Object value = components[i].getAccessor().invoke(defaults);
				values[i] = override == null ? value : convert(override, types[i]);
			}
			return MatchWeights.class.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot apply matching weights " + weights, ex);
		}
	}

	private static Object convert(Double value, Class<?> type) {
		if (type == int.class) {
			return value.intValue();
		}
		return value;
	}
}
