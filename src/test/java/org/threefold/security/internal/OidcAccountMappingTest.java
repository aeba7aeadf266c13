package org.threefold.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.security.Role;
import org.threefold.shared.IcsId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * How a person an identity provider signed in becomes a Threefold account: by email
 * address, only an existing and enabled one, and the account decides the role.
 */
class OidcAccountMappingTest {

	final UserAccountRepository accounts = mock(UserAccountRepository.class);

	final AccountOidcUserService service;

	OidcAccountMappingTest() {
		TransactionTemplate transactions = mock(TransactionTemplate.class);
		when(transactions.execute(any()))
			.thenAnswer((call) -> call.<org.springframework.transaction.support.TransactionCallback<?>>getArgument(0)
				.doInTransaction(null));
		this.service = new AccountOidcUserService(this.accounts, transactions, "email,preferred_username,upn");
	}

	static DefaultOidcUser signedIn(Map<String, Object> claims) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("sub", "abc");
		all.put("iss", "https://login.example/tenant/v2.0");
		return new DefaultOidcUser(List.of(),
				new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all));
	}

	static UserAccountEntity account(boolean enabled) {
		UserAccountEntity account = new UserAccountEntity("leader", "Lee Leader", "Lee.Leader@nhs.net", "{bcrypt}x",
				Role.ICS_LEADER, new IcsId(7), null, Instant.now());
		org.springframework.test.util.ReflectionTestUtils.setField(account, "id", 42L);
		account.setEnabled(enabled);
		return account;
	}

	@Test
	void an_entra_user_is_matched_by_preferred_username_and_gets_the_accounts_role_and_ics() {
		when(this.accounts.findByEmailIgnoreCase("lee.leader@nhs.net")).thenReturn(List.of(account(true)));
		AccountOidcUser user = this.service
			.toAccount(signedIn(Map.of("preferred_username", "Lee.Leader@NHS.net", "roles", List.of("Admin"))));
		assertThat(user.user().role()).isEqualTo(Role.ICS_LEADER);
		assertThat(user.user().icsId()).isEqualTo(Optional.of(new IcsId(7)));
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ICS_LEADER");
		assertThat(user.getName()).isEqualTo("leader");
	}

	@Test
	void no_account_several_accounts_a_disabled_account_or_no_email_are_each_refused_with_a_reason() {
		when(this.accounts.findByEmailIgnoreCase("nobody@nhs.net")).thenReturn(List.of());
		when(this.accounts.findByEmailIgnoreCase("twice@nhs.net")).thenReturn(List.of(account(true), account(true)));
		when(this.accounts.findByEmailIgnoreCase("off@nhs.net")).thenReturn(List.of(account(false)));
		assertThatThrownBy(() -> this.service.toAccount(signedIn(Map.of("email", "nobody@nhs.net"))))
			.isInstanceOf(OAuth2AuthenticationException.class)
			.hasMessageContaining("No Threefold account");
		assertThatThrownBy(() -> this.service.toAccount(signedIn(Map.of("email", "twice@nhs.net"))))
			.hasMessageContaining("More than one");
		assertThatThrownBy(() -> this.service.toAccount(signedIn(Map.of("email", "off@nhs.net"))))
			.hasMessageContaining("switched off");
		assertThatThrownBy(() -> this.service.toAccount(signedIn(Map.of("name", "Lee"))))
			.hasMessageContaining("did not tell us your email");
	}

}
