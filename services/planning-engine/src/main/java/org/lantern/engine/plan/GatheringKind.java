package org.lantern.engine.plan;

import org.lantern.shared.reference.Format;

/** The kinds of gathering a plan proposes, and the format a seeker and every presenting host must accept for each. */
public enum GatheringKind {

	/** One host, one seeker. */
	HOSTED_VISIT(Format.HOSTED_VISIT, true),
	/** One host, several seekers. */
	OPEN_DAY(Format.OPEN_DAY, true),
	/** Several hosts presenting on one theme, several seekers of the region, one venue among the hosts. */
	NETWORK_MEETING(Format.NETWORK_MEETING, true),
	/** Online: no venue and nobody travels. */
	VIRTUAL_SESSION(Format.VIRTUAL, false);

	private final Format format;

	private final boolean inPerson;

	GatheringKind(Format format, boolean inPerson) {
		this.format = format;
		this.inPerson = inPerson;
	}

	/** The format in a request's or an offer's list that admits this kind. */
	public Format format() {
		return format;
	}

	public boolean inPerson() {
		return inPerson;
	}

	/** A host's cost in host-days of presenting at a gathering of this kind. */
	public double hostDays(boolean venue) {
		if (!inPerson) {
			return 0.25;
		}
		return venue ? 1.0 : 0.5;
	}
}
