package org.threefold.assessment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Random codes and their hashes. Link codes and device secrets carry 128 and 256 bits, so
 * guessing one is hopeless; resume codes are short enough to type (60 bits) and are only
 * ever stored hashed.
 */
public final class Secrets {

	/**
	 * Crockford's base 32: no I, L, O or U, so codes survive being read aloud or retyped.
	 */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	public static String urlToken(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** e.g. {@code 7KQF-M2XD-9PRA}. */
	public static String typeableCode(int groups) {
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < groups; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < 4; i++) {
				code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
			}
		}
		return code.toString();
	}

	/**
	 * Undoes what people do to codes they retype: case, spaces, and look-alike letters.
	 */
	public static String normaliseTypedCode(String typed) {
		String upper = typed.strip().toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
		String compact = upper.replaceAll("[^0-9A-Z]", "");
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < compact.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(compact.charAt(i));
		}
		return code.toString();
	}

	public static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
