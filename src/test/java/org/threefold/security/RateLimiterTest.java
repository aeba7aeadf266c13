package org.threefold.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-22T09:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	final MovableClock clock = new MovableClock();

	final RateLimiter limiter = new RateLimiter(
			new MockEnvironment().withProperty("threefold.rate-limit.workshop-code", "3/60"), this.clock);

	@Test
	void an_allowance_runs_out_and_refills_gradually() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limiter.tryAcquire(RateLimiter.WORKSHOP_CODE, "10.0.0.1")).isTrue();
		}
		assertThat(this.limiter.tryAcquire(RateLimiter.WORKSHOP_CODE, "10.0.0.1")).isFalse();
		assertThat(this.limiter.secondsUntilAllowed(RateLimiter.WORKSHOP_CODE, "10.0.0.1")).isBetween(1L, 20L);
		this.clock.now = this.clock.now.plusSeconds(20);
		assertThat(this.limiter.tryAcquire(RateLimiter.WORKSHOP_CODE, "10.0.0.1")).as("one back after a third")
			.isTrue();
		assertThat(this.limiter.tryAcquire(RateLimiter.WORKSHOP_CODE, "10.0.0.1")).isFalse();
	}

	@Test
	void clients_and_purposes_are_counted_apart() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire(RateLimiter.WORKSHOP_CODE, "10.0.0.1");
		}
		assertThat(this.limiter.tryAcquire(RateLimiter.WORKSHOP_CODE, "10.0.0.2")).isTrue();
		assertThat(this.limiter.tryAcquire(RateLimiter.RESUME_CODE, "10.0.0.1")).isTrue();
	}

	@Test
	void defaults_apply_and_a_bad_setting_is_refused_clearly() {
		assertThat(this.limiter.limit(RateLimiter.LOGIN)).isEqualTo(new RateLimiter.Limit(10, Duration.ofMinutes(5)));
		assertThat(this.limiter.limit("something-new")).isEqualTo(new RateLimiter.Limit(60, Duration.ofMinutes(1)));
		RateLimiter broken = new RateLimiter(new MockEnvironment().withProperty("threefold.rate-limit.api", "lots"),
				this.clock);
		assertThatThrownBy(() -> broken.tryAcquire(RateLimiter.API, "x")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must look like 10/60");
	}

}
