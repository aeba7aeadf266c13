package org.threefold.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.security.internal.UserAccountEntity;
import org.threefold.security.internal.UserAccountRepository;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.UserId;
import org.threefold.shared.ValidationException;

/** Opening, listing and disabling accounts: an administrator's job. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class UserAccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public List<UserAccountView> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(UserAccountEntity::toView).toList();
	}

	/**
	 * Callers check that the ICS and partner exist and belong together (the database's
	 * foreign keys catch the rest); this checks everything about the account itself.
	 */
	@Transactional
	public UserAccountView create(NewUserAccount request) {
		List<String> problems = new ArrayList<>(request.problems());
		if (problems.isEmpty() && this.accounts.existsByUsername(request.username())) {
			problems.add("The username \"" + request.username() + "\" is taken");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		UserAccountEntity account = new UserAccountEntity(request.username(), request.displayName(), request.email(),
				this.passwordEncoder.encode(request.password()), request.role(), request.icsId(), request.partnerId(),
				this.clock.instant());
		return this.accounts.save(account).toView();
	}

	@Transactional
	public void setEnabled(UserId id, boolean enabled) {
		if (!enabled && this.currentUser.get().map((me) -> me.id().equals(id)).orElse(false)) {
			throw new ValidationException("You cannot disable your own account");
		}
		this.accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("User " + id)).setEnabled(enabled);
	}

	@Transactional
	public void resetPassword(UserId id, String newPassword) {
		if (newPassword == null || newPassword.length() < NewUserAccount.MIN_PASSWORD_LENGTH
				|| newPassword.length() > 128) {
			throw new ValidationException(
					"Password must be " + NewUserAccount.MIN_PASSWORD_LENGTH + " to 128 characters long");
		}
		this.accounts.findById(id.value())
			.orElseThrow(() -> new NotFoundException("User " + id))
			.changePassword(this.passwordEncoder.encode(newPassword));
	}

	/**
	 * Erases a person's account data (UK GDPR article 17): name, username and email
	 * address are replaced by a pseudonym, the password by one nobody knows, and the
	 * account is switched off. The audit log keeps what the account did under the
	 * pseudonym, and records who erased it.
	 * @return the pseudonym now shown in its place
	 */
	@Transactional
	public String erase(UserId id) {
		if (this.currentUser.get().map((me) -> me.id().equals(id)).orElse(false)) {
			throw new ValidationException("You cannot erase your own account");
		}
		UserAccountEntity account = this.accounts.findById(id.value())
			.orElseThrow(() -> new NotFoundException("User " + id));
		String pseudonym = "erased-" + id.value();
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		IcsId ics = (account.getIcsId() == null) ? null : new IcsId(account.getIcsId());
		account.erase(pseudonym, this.passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)));
		this.events.publishEvent(new AuditEvent(ics, "account.erased", "Account data of " + pseudonym));
		this.events.publishEvent(new AccountErased(id, pseudonym));
		return pseudonym;
	}

}
