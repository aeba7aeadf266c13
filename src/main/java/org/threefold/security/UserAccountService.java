package org.threefold.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.security.internal.UserAccountEntity;
import org.threefold.security.internal.UserAccountRepository;
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

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			Clock clock) {
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

}
