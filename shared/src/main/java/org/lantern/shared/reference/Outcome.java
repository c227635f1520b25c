package org.lantern.shared.reference;

/** Outcome of an evaluation. A failure's lessons are still worth sharing, with whom its owner allows. */
public enum Outcome {
	SUCCESS, PARTIAL, FAILED
}
