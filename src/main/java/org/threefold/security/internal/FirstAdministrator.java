package org.threefold.security.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;

/**
 * A new production installation has no accounts, so nobody could sign in to create one.
 * When the database holds no account at all and {@code THREEFOLD_ADMIN_PASSWORD} is set,
 * this opens the first administrator account; once any account exists it does nothing, so
 * the variable can be removed after the first start.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String username;

	private final String password;

	FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${threefold.admin.username:admin}") String username,
			@Value("${threefold.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.password.isEmpty() || this.accounts.count() > 0) {
			return;
		}
		NewUserAccount first = new NewUserAccount(this.username, "Administrator", null, this.password,
				Role.ADMINISTRATOR, null, null);
		if (!first.problems().isEmpty()) {
			log.error("First administrator not created: {}", String.join("; ", first.problems()));
			return;
		}
		this.accounts.save(new UserAccountEntity(first.username(), first.displayName(), null,
				this.passwordEncoder.encode(first.password()), Role.ADMINISTRATOR, null, null, this.clock.instant()));
		log.info("Created the first administrator account \"{}\"; sign in and change its password", first.username());
	}

}
