package org.threefold.security.attack;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.threefold.security.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The controls a browser sees, over real HTTP: security headers on every page, the
 * session cookie's flags, sign-in and survey-link rate limits, and a weak stored hash
 * replaced at the next sign-in.
 */
@AttackContext
class HttpControlsTest {

	@LocalServerPort
	int port;

	@Autowired
	RateLimiter limiter;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@AfterEach
	void forget() {
		this.limiter.reset();
	}

	@Test
	void every_page_carries_the_security_headers_and_an_http_only_same_site_session_cookie() throws Exception {
		for (String path : new String[] { "/login", "/r/unknown-code", "/", "/assessments" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'",
						"default-src 'self'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
			assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
			// HSTS only over HTTPS, so never on this plain-HTTP test server.
			assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void guessing_passwords_is_stopped_after_ten_tries_for_one_account() throws Exception {
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> attempt = signIn("leader", "wrong password " + i);
			assertThat(attempt.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("/login?error").doesNotContain("too-many"));
		}
		HttpResponse<String> blocked = signIn("leader", "threefold-demo");
		assertThat(blocked.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error=too-many"));
		this.limiter.reset();
		assertThat(signIn("leader", "threefold-demo").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
	}

	@Test
	void a_flood_of_survey_link_guesses_gets_http_429() throws Exception {
		assertThat(get("/r/guess-first").statusCode()).isEqualTo(200);
		// Use up this address's allowance as a script would, faster than HTTP allows
		// here.
		int allowed = 0;
		while (this.limiter.tryAcquire(RateLimiter.SURVEY_LINK, "127.0.0.1")) {
			allowed++;
		}
		assertThat(allowed).isGreaterThan(200);
		HttpResponse<String> last = get("/r/guess-last");
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(last.body()).contains("Please wait a minute");
	}

	@Test
	void a_weak_stored_password_hash_is_replaced_at_the_next_sign_in() throws Exception {
		String weak = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("threefold-demo");
		this.jdbc.update("update app_user set password_hash = ? where username = 'board'", weak);
		HttpResponse<String> signedIn = signIn("board", "threefold-demo");
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		String stored = this.jdbc.queryForObject("select password_hash from app_user where username = 'board'",
				String.class);
		assertThat(stored).startsWith("{bcrypt}$2a$10$").isNotEqualTo(weak);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts the sign-in form as the browser does, with the CSRF token from the sign-in
	 * page when there is one.
	 */
	private HttpResponse<String> signIn(String username, String password) throws Exception {
		HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> page = fresh.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("_csrf[^>]*?content=\"([^\"]+)\"")
			.matcher(page.body());
		if (csrf.find()) {
			form += "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		}
		return fresh.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
