package org.lantern.gathering.gatherings;

public enum HostResponse {
	PENDING, CONFIRMED, DECLINED
}
