package org.lantern.learning;

public enum RequestStatus {
	OPEN, WITHDRAWN
}
