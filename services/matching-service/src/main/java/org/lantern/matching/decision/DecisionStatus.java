package org.lantern.matching.decision;

public enum DecisionStatus {
	MATCHED, UNMATCHED, WITHDRAWN
}
