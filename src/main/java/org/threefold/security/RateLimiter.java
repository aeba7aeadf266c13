package org.threefold.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per client and purpose (sign-in, survey links, resume codes, workshop
 * codes, API calls) and says when one has had too many. Each purpose allows a number of
 * attempts per window; the allowance refills gradually (a token bucket), so a person who
 * mistypes twice is never stopped while a script trying thousands of codes is.
 *
 * <p>
 * Limits come from {@code threefold.rate-limit.<purpose>=<attempts>/<seconds>}, falling
 * back to {@link #DEFAULTS}, then to {@code 60/60}. The counts live in memory: they reset
 * on restart and are per server, which is enough to make guessing hopeless (codes and
 * tokens carry 128 bits or more) and to stop a flood.
 */
@Component
public class RateLimiter {

	/** Sign-in attempts per client address and username. */
	public static final String LOGIN = "login";

	/** Sign-in attempts per client address, whatever the username. */
	public static final String LOGIN_ADDRESS = "login-address";

	/** Page loads of public survey addresses (/r, /t, /resume) per client address. */
	public static final String SURVEY_LINK = "survey-link";

	/** Typed resume codes per client address. */
	public static final String RESUME_CODE = "resume-code";

	/** Typed workshop join codes per client address. */
	public static final String WORKSHOP_CODE = "workshop-code";

	/** API calls per token or client address. */
	public static final String API = "api";

	/**
	 * Generous for survey links because a whole NHS trust may reach us from one address;
	 * tight for sign-in.
	 */
	static final Map<String, Limit> DEFAULTS = Map.of(LOGIN, new Limit(10, Duration.ofMinutes(5)), LOGIN_ADDRESS,
			new Limit(100, Duration.ofMinutes(5)), SURVEY_LINK, new Limit(300, Duration.ofMinutes(1)), RESUME_CODE,
			new Limit(20, Duration.ofMinutes(10)), WORKSHOP_CODE, new Limit(30, Duration.ofMinutes(10)), API,
			new Limit(600, Duration.ofMinutes(1)));

	/** Above this many tracked clients, full buckets are forgotten. */
	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Limit> limits = new ConcurrentHashMap<>();

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Environment environment;

	private final Clock clock;

	public RateLimiter(Environment environment, Clock clock) {
		this.environment = environment;
		this.clock = clock;
	}

	/**
	 * How many attempts a purpose allows per window.
	 *
	 * @param attempts the allowance when full
	 * @param window how long an empty allowance takes to refill completely
	 */
	public record Limit(int attempts, Duration window) {

		public Limit {
			if (attempts < 1 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("A limit needs at least one attempt per positive window");
			}
		}

		static Limit parse(String text) {
			String[] parts = text.strip().split("/");
			if (parts.length != 2) {
				throw new IllegalArgumentException(
						"Rate limit \"" + text + "\" must look like 10/60 (attempts/seconds)");
			}
			return new Limit(Integer.parseInt(parts[0].strip()), Duration.ofSeconds(Long.parseLong(parts[1].strip())));
		}

	}

	/**
	 * Takes one attempt from the client's allowance for the purpose.
	 * @param purpose one of the constants here, or a new module's own name
	 * @param client who is asking: an address, a username, or both joined
	 * @return false when the allowance is used up: refuse the attempt
	 */
	public boolean tryAcquire(String purpose, String client) {
		Limit limit = limit(purpose);
		long now = this.clock.millis();
		if (this.buckets.size() > MAX_TRACKED) {
			this.buckets.values().removeIf((bucket) -> bucket.fullAt(now));
		}
		return this.buckets.computeIfAbsent(purpose + "|" + client, (key) -> new Bucket(limit, now)).take(now);
	}

	/** Seconds until the next attempt would be allowed, for a Retry-After header. */
	public long secondsUntilAllowed(String purpose, String client) {
		Bucket bucket = this.buckets.get(purpose + "|" + client);
		return (bucket == null) ? 0 : bucket.secondsUntilOne(this.clock.millis());
	}

	/** Forgets every count; for tests that share one application context. */
	public void reset() {
		this.buckets.clear();
	}

	public Limit limit(String purpose) {
		return this.limits.computeIfAbsent(purpose, (name) -> {
			String configured = this.environment.getProperty("threefold.rate-limit." + name);
			if (configured != null && !configured.isBlank()) {
				return Limit.parse(configured);
			}
			return DEFAULTS.getOrDefault(name, new Limit(60, Duration.ofMinutes(1)));
		});
	}

	private static final class Bucket {

		private final double capacity;

		private final double perMilli;

		private double tokens;

		private long updated;

		Bucket(Limit limit, long now) {
			this.capacity = limit.attempts();
			this.perMilli = limit.attempts() / (double) limit.window().toMillis();
			this.tokens = this.capacity;
			this.updated = now;
		}

		synchronized boolean take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized boolean fullAt(long now) {
			refill(now);
			return this.tokens >= this.capacity;
		}

		synchronized long secondsUntilOne(long now) {
			refill(now);
			return (this.tokens >= 1) ? 0 : (long) Math.ceil((1 - this.tokens) / this.perMilli / 1000.0);
		}

		private void refill(long now) {
			if (now > this.updated) {
				this.tokens = Math.min(this.capacity, this.tokens + (now - this.updated) * this.perMilli);
				this.updated = now;
			}
		}

	}

}
