package org.threefold.workshop.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Join codes and participant tokens. A join code is eight characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), about 40 bits: short enough to read out or type
 * from a slide, too many to guess by hand; limiting attempts per address is left to the
 * security layer in front (docs/workshops.md). A participant token is 256 random bits and
 * is stored only as its SHA-256 hash.
 */
public final class Secrets {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	public static String joinCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** Upper case, without the spaces and dashes people type; null for nonsense. */
	public static String normaliseCode(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != 8 || !code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return code;
	}

	/** Shown as two groups of four, which is easier to read out. */
	public static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}

	public static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
