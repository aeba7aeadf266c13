package org.threefold.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a person the identity provider vouches for into a Threefold account: the email
 * address in the first configured claim that has one ({@code email}, then Entra ID's
 * {@code preferred_username} and {@code upn} by default) must belong to exactly one
 * enabled account. Nobody gets an account by signing in; an administrator opens it first.
 */
@Component
class AccountOidcUserService extends OidcUserService {

	private static final Logger log = LoggerFactory.getLogger(AccountOidcUserService.class);

	private final UserAccountRepository accounts;

	private final TransactionTemplate transactions;

	private final List<String> emailClaims;

	AccountOidcUserService(UserAccountRepository accounts, TransactionTemplate transactions,
			@Value("${threefold.oidc.email-claims:email,preferred_username,upn}") String emailClaims) {
		this.accounts = accounts;
		this.transactions = transactions;
		this.emailClaims = Arrays.stream(emailClaims.split(","))
			.map(String::strip)
			.filter((c) -> !c.isEmpty())
			.toList();
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		return toAccount(super.loadUser(request));
	}

	/** The account for a person the provider signed in, or a clear refusal. */
	AccountOidcUser toAccount(OidcUser oidc) {
		String email = this.emailClaims.stream()
			.map(oidc::<Object>getClaim)
			.filter((value) -> value instanceof String text && text.contains("@"))
			.map((value) -> ((String) value).strip().toLowerCase(Locale.ROOT))
			.findFirst()
			.orElseThrow(() -> refuse("no_email",
					"Your organisation's sign-in did not tell us your email address, so we cannot find your account."));
		List<UserAccountEntity> matches = this.transactions
			.execute((status) -> this.accounts.findByEmailIgnoreCase(email));
		if (matches.size() != 1) {
			log.info("OpenID Connect sign-in refused: {} accounts use the address given", matches.size());
			throw refuse("no_account", matches.isEmpty()
					? "No Threefold account uses your email address. Ask your ICS administrator to open one."
					: "More than one Threefold account uses your email address. Ask your ICS administrator to fix this.");
		}
		ThreefoldPrincipal principal = matches.get(0).toPrincipal();
		if (!principal.enabled()) {
			throw refuse("disabled", "Your Threefold account is switched off. Ask your ICS administrator.");
		}
		return new AccountOidcUser(principal.user(), oidc.getIdToken(), oidc.getUserInfo());
	}

	private static OAuth2AuthenticationException refuse(String code, String message) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
	}

}
