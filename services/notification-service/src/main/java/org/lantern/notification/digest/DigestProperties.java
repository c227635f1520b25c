package org.lantern.notification.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly digest for regional bodies.
 *
 * @param regionalBodies who receives each region's digest (none: no digests)
 * @param day the day of the week it goes out
 * @param at the time of day it goes out, UK time
 * @param checkInterval how often the service looks whether a digest is due
 */
@ConfigurationProperties("lantern.digest")
public record DigestProperties(@DefaultValue List<RegionalBody> regionalBodies, @DefaultValue("MONDAY") DayOfWeek day,
		@DefaultValue("08:00") LocalTime at, @DefaultValue("1m") Duration checkInterval) {

	/** A body that supports the councils of a region (a regional LGA branch, a regional employers' organisation). */
	public record RegionalBody(String region, String name, String email) {
	}
}
