package org.threefold.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.api.internal.ApiTokenEntity;
import org.threefold.api.internal.ApiTokenRepository;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.UserId;
import org.threefold.shared.ValidationException;

/**
 * API tokens of the signed-in ICS leader's ICS: issue (the secret is returned once), list
 * and revoke, each recorded as an {@link AuditEvent}. {@link #authenticate} has no role
 * check because it is how a request without a session signs in: the secret is what grants
 * access, as for respondents.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	/** Longest token name. */
	public static final int MAX_NAME_LENGTH = 100;

	private static final String PREFIX = "tf_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	@RolesAllowed(Role.ICS_LEADER_NAME)
	public List<ApiTokenView> list() {
		return this.tokens.findByIcsIdOrderByCreatedAtDescIdDesc(this.currentUser.requireIcs().value())
			.stream()
			.map(ApiTokenEntity::view)
			.toList();
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public IssuedToken issue(String name) {
		String trimmed = (name == null) ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new ValidationException("Give the token a name, such as the dashboard that will use it");
		}
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw new ValidationException("A token name can be at most " + MAX_NAME_LENGTH + " characters");
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new ValidationException("A token name cannot contain tabs or line breaks");
		}
		IcsId ics = this.currentUser.requireIcs();
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiTokenEntity entity = this.tokens.save(new ApiTokenEntity(ics.value(), trimmed, hash(secret),
				secret.substring(0, 8), this.currentUser.require().displayName(), this.clock.instant()));
		this.events.publishEvent(new AuditEvent(ics, "api-token.issue", trimmed));
		return new IssuedToken(entity.view(), secret);
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public ApiTokenView revoke(long id) {
		IcsId ics = this.currentUser.requireIcs();
		ApiTokenEntity entity = this.tokens.findByIdAndIcsId(id, ics.value())
			.orElseThrow(() -> new NotFoundException("API token " + id));
		if (!entity.isRevoked()) {
			entity.revoke(this.clock.instant());
			this.events.publishEvent(new AuditEvent(ics, "api-token.revoke", entity.getName()));
		}
		return entity.view();
	}

	/**
	 * The board viewer a working token acts as, or empty for an unknown or revoked one.
	 * Notes the day it was used.
	 */
	@Transactional
	public Optional<SignedInUser> authenticate(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(secret.strip())).filter((token) -> !token.isRevoked()).map((token) -> {
			LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
			if (!today.equals(token.getLastUsedOn())) {
				token.usedOn(today);
			}
			return new SignedInUser(new UserId(Long.MAX_VALUE - 1), "api-token-" + token.getId(),
					"API token \u201c" + token.getName() + "\u201d", Role.BOARD_VIEWER,
					Optional.of(new IcsId(token.getIcsId())), Optional.empty());
		});
	}

	/** SHA-256 of a token, hex: what is stored. */
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
