package org.lantern.shared.reference;

/** Lifecycle stage of an innovation (after Mulgan and Albury). */
public enum Stage {
	GENERATING, PROTOTYPING, SCALING, EMBEDDED
}
