package org.threefold.assessment.ui.respond;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;

/**
 * Keeps a response's device secret in the browser, so opening the same link again carries
 * on where the person left off. HttpOnly (page scripts cannot read it), SameSite=Lax,
 * Secure over HTTPS, and one cookie per link or invitation. Its path is the application
 * root, not the link's path, because Vaadin builds the page in a request to the root
 * address, where a cookie kept for {@code /r/<code>} would never be sent.
 */
final class ResponseCookies {

	static final int MAX_AGE_SECONDS = (int) Duration.ofDays(60).toSeconds();

	/** Holds the typed resume code after a person continues on another device. */
	static final String RESUME = "tf_resume";

	private ResponseCookies() {
	}

	/** Link codes are URL-safe base 64, which is also safe in a cookie name. */
	static String forLink(String code) {
		return "tf_r_" + code;
	}

	/**
	 * An emailed token is a secret on its own, so its cookie is named by a hash of it.
	 */
	static String forToken(String token) {
		return "tf_t" + sha256(token).substring(0, 24);
	}

	static Optional<String> read(String name) {
		VaadinRequest request = VaadinService.getCurrentRequest();
		Cookie[] cookies = (request == null) ? null : request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals(name))
			.map(Cookie::getValue)
			.filter((value) -> value != null && !value.isBlank())
			.findFirst();
	}

	/**
	 * @return false when there is no HTTP response to carry the cookie (the person can
	 * still continue with their resume code)
	 */
	static boolean write(String name, String value) {
		return add(name, value, MAX_AGE_SECONDS);
	}

	static void remove(String name) {
		add(name, "", 0);
	}

	private static boolean add(String name, String value, int maxAge) {
		VaadinRequest request = VaadinService.getCurrentRequest();
		VaadinResponse response = VaadinService.getCurrentResponse();
		if (request == null || response == null) {
			return false;
		}
		Cookie cookie = new Cookie(name, value);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		String context = request.getContextPath();
		cookie.setPath((context == null || context.isEmpty()) ? "/" : context);
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		return true;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
