package org.lantern.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock of the services in the stack that act when dates pass (the gathering service): the system's own, which
 * a test may move forward so that a gathering's date passes without waiting for it. Added to a service's context as
 * an extra source; the platform's own clock then stands back.
 */
@Configuration(proxyBeanMethods = false)
public class StackClock {

	static final Adjustable CLOCK = new Adjustable();

	@Bean
	Clock clock() {
		return CLOCK;
	}

	/** The system clock plus an offset; the offset only grows, as time does. */
	static final class Adjustable extends Clock {

		private volatile Duration ahead = Duration.ZERO;

		/** Moves the clock so that it reads {@code instant} now (if that is ahead of it). */
		void jumpTo(Instant instant) {
			Duration gap = Duration.between(instant(), instant);
			if (!gap.isNegative()) {
				ahead = ahead.plus(gap);
			}
		}

		/** Back to the system's time, for the next stack in this JVM. */
		void reset() {
			ahead = Duration.ZERO;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(ahead);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
