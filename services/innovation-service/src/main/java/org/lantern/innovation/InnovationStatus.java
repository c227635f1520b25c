package org.lantern.innovation;

public enum InnovationStatus {
	ACTIVE, WITHDRAWN
}
