package org.lantern.shared.reference;

/** A council code found in no reference list. The message names the code. */
public class UnknownCouncilException extends IllegalArgumentException {

	private final String code;

	public UnknownCouncilException(String code) {
		super("Unknown council code '" + code + "': not in the UK local authority reference list");
		this.code = code;
	}

	public String code() {
		return code;
	}
}
