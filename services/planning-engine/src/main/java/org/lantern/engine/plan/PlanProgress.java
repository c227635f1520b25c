package org.lantern.engine.plan;

/** Told as a long plan advances; called from planning threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface PlanProgress {

	PlanProgress NONE = (stage, done, total) -> {
	};

	/**
	 * @param stage what is being done ("matching", "planning", …)
	 * @param done units finished in this stage
	 * @param total units in this stage
	 */
	void update(String stage, int done, int total);
}
