package org.threefold.security.internal;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(UserAccountEntity::toPrincipal)
			// Same message for unknown users and bad passwords: Spring maps both to one
			// login error.
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	/**
	 * Called by Spring Security after a successful sign-in whose stored hash is out of
	 * date (another algorithm, or fewer BCrypt rounds than configured).
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		UserAccountEntity account = this.accounts.findByUsername(user.getUsername()).orElseThrow();
		account.changePassword(newPassword);
		return account.toPrincipal();
	}

}
