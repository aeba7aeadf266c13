package org.threefold.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID Connect provider for tests, on a random local port: a discovery
 * document, a JWKS with one RSA key, an authorize endpoint that signs in whoever the test
 * named with {@link #signInNext} (no page, it redirects straight back with a code), and a
 * token endpoint that checks the client's secret and issues an RS256-signed ID token.
 * {@link Mischief} makes it misbehave the way a forged or replayed sign-in would.
 */
final class FakeOidcIssuer implements AutoCloseable {

	static final String CLIENT_ID = "threefold-test";

	static final String CLIENT_SECRET = "fake-issuer-secret";

	/** How the next ID token is spoiled, if at all. */
	enum Mischief {

		/** A proper token. */
		NONE,
		/** Signed with a key the JWKS does not hold (same key id: a forgery). */
		WRONG_SIGNATURE,
		/** A nonce other than the one the application sent (a replayed token). */
		WRONG_NONCE

	}

	private record Grant(String email, String nonce, Mischief mischief) {
	}

	private final HttpServer server;

	private final RSAKey key;

	private final RSAKey impostor;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private volatile String nextEmail;

	private volatile Mischief nextMischief = Mischief.NONE;

	/** Every ID token issued, for a test to look at its claims. */
	final List<String> issued = new java.util.concurrent.CopyOnWriteArrayList<>();

	FakeOidcIssuer() throws Exception {
		this.key = new RSAKeyGenerator(2048).keyID("fake-1").generate();
		this.impostor = new RSAKeyGenerator(2048).keyID("fake-1").generate();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/.well-known/openid-configuration", this::discovery);
		this.server.createContext("/jwks",
				(exchange) -> send(exchange, 200, new JWKSet(this.key.toPublicJWK()).toString()));
		this.server.createContext("/authorize", this::authorize);
		this.server.createContext("/token", this::token);
		this.server.start();
	}

	/** The issuer identifier, also the base of every endpoint. */
	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Who the identity provider says signs in next, and how the token is spoiled. */
	void signInNext(String email, Mischief mischief) {
		this.nextEmail = email;
		this.nextMischief = mischief;
	}

	private void discovery(HttpExchange exchange) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer());
		document.put("authorization_endpoint", issuer() + "/authorize");
		document.put("token_endpoint", issuer() + "/token");
		document.put("jwks_uri", issuer() + "/jwks");
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("scopes_supported", List.of("openid", "email", "profile"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		send(exchange, 200, JSONObjectUtils.toJSONString(document));
	}

	/** Signs in the named person at once and sends the browser back with a code. */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
				|| query.get("redirect_uri") == null || this.nextEmail == null) {
			send(exchange, 400, "{\"error\":\"invalid_request\"}");
			return;
		}
		String code = secret();
		this.codes.put(code, new Grant(this.nextEmail, query.get("nonce"), this.nextMischief));
		String back = query.get("redirect_uri") + "?code=" + code + "&state="
				+ URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Location", back);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	/** The authorization code grant: one use per code, the client's secret required. */
	private void token(HttpExchange exchange) throws IOException {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			send(exchange, 401, "{\"error\":\"invalid_client\"}");
			return;
		}
		Grant grant = this.codes.remove(body.getOrDefault("code", ""));
		if (grant == null || !"authorization_code".equals(body.get("grant_type"))) {
			send(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		try {
			long now = System.currentTimeMillis();
			JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
				.subject("sub-" + grant.email().hashCode())
				.audience(CLIENT_ID)
				.issueTime(new Date(now))
				.expirationTime(new Date(now + 300_000))
				.claim("nonce",
						(grant.mischief() == Mischief.WRONG_NONCE) ? "a-nonce-from-another-sign-in" : grant.nonce())
				.claim("email", grant.email())
				// What a provider may claim about roles is ignored: the account decides.
				.claim("roles", List.of("Administrator"))
				.build();
			SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), claims);
			token.sign(new RSASSASigner((grant.mischief() == Mischief.WRONG_SIGNATURE) ? this.impostor : this.key));
			this.issued.add(token.serialize());
			Map<String, Object> response = new HashMap<>();
			response.put("access_token", secret());
			response.put("token_type", "Bearer");
			response.put("expires_in", 300);
			response.put("scope", "openid email profile");
			response.put("id_token", token.serialize());
			send(exchange, 200, JSONObjectUtils.toJSONString(response));
		}
		catch (Exception ex) {
			send(exchange, 500, "{\"error\":\"server_error\"}");
		}
	}

	private String secret() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Map<String, String> form(String encoded) {
		Map<String, String> values = new HashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			values.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return values;
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
