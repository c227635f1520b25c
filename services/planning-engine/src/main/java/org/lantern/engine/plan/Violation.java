package org.lantern.engine.plan;

/**
 * One broken rule in a plan.
 *
 * @param rule which rule (see {@link PlanChecker})
 * @param gatheringId the gathering concerned, or null
 * @param requestId the request concerned, or null
 */
public record Violation(String rule, String gatheringId, String requestId, String message) {

	@Override
	public String toString() {
		return rule + (gatheringId == null ? "" : " " + gatheringId) + (requestId == null ? "" : " " + requestId) + ": "
				+ message;
	}
}
