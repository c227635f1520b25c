package org.lantern.shared.reference;

/** The Audit Commission's typology of council innovation. */
public enum InnovationType {
	SERVICE_DELIVERY, PROCESS_MANAGERIAL, DEMOCRATIC, STRATEGIC
}
