package org.threefold.security.internal;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

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

}
