package org.lantern.shared.reference;

/** To whom an evaluation says the learning transfers (Audit Commission recommendation R12). */
public enum Transferability {
	SIMILAR_AUTHORITIES, ALL_AUTHORITIES, PUBLIC_BODIES
}
