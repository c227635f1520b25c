package org.lantern.shared.reference;

/**
 * Who may see the lessons of a failed or partial innovation: the "safe space" of the Audit Commission's R15.
 */
public enum LessonsVisibility {
	/** Any council that asks to learn. */
	ALL_COUNCILS,
	/** Councils of the same type as the owner (for example, districts only). */
	SIMILAR_COUNCILS,
	/** Councils in the owner's region. */
	SAME_REGION,
	/** Nobody but the owner. */
	OWNER_ONLY
}
