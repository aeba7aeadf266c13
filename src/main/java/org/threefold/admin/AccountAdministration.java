package org.threefold.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerView;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.UserAccountService;
import org.threefold.security.UserAccountView;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;
import org.threefold.shared.ValidationException;

/**
 * The administrator's account screens in one place. The security module knows accounts
 * only by ICS and partner id and cannot see the partner module, so this service supplies
 * the names and checks that a partner lead's organisation really belongs to the lead's
 * ICS before an account is opened; the database's foreign keys alone would accept a
 * partner of another ICS.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class AccountAdministration {

	private final UserAccountService accounts;

	private final IcsService icss;

	AccountAdministration(UserAccountService accounts, IcsService icss) {
		this.accounts = accounts;
		this.icss = icss;
	}

	/**
	 * Every account with its ICS and partner names. Partner names are read once per ICS
	 * that has partner leads, never once per user.
	 */
	public List<UserRow> users() {
		List<UserAccountView> users = this.accounts.list();
		Map<IcsId, String> icsNames = this.icss.list().stream().collect(Collectors.toMap(IcsView::id, IcsView::name));
		Map<PartnerId, String> partnerNames = new HashMap<>();
		users.stream()
			.filter((user) -> user.partnerId().isPresent())
			.flatMap((user) -> user.icsId().stream())
			.distinct()
			.forEach((icsId) -> this.icss.partnersOf(icsId)
				.forEach((partner) -> partnerNames.put(partner.id(), partner.name())));
		return users.stream()
			.map((user) -> new UserRow(user.id(), user.username(), user.displayName(), user.email(), user.role(),
					user.icsId(), user.icsId().map((id) -> icsNames.getOrDefault(id, "ICS " + id)),
					user.partnerId().map((id) -> partnerNames.getOrDefault(id, "Partner " + id)), user.enabled()))
			.toList();
	}

	/** The partnerships an account can belong to, for the new-account form. */
	public List<IcsView> partnerships() {
		return this.icss.list();
	}

	/** The organisations a partner lead of this ICS can speak for. */
	public List<PartnerView> partnersOf(IcsId icsId) {
		return this.icss.partnersOf(icsId);
	}

	/**
	 * Opens an account after checking what spans modules: that the ICS exists and that a
	 * partner lead's organisation belongs to it. Every problem, with the account's own,
	 * is reported at once and nothing is written.
	 * @throws ValidationException listing every problem
	 */
	@Transactional
	public UserAccountView createUser(NewUserAccount request) {
		List<String> problems = new ArrayList<>();
		if (request.icsId() != null) {
			// Looked up in the list, not with get(): a NotFoundException would mark the
			// transaction rollback-only before the problem could be reported.
			Optional<IcsView> ics = this.icss.list()
				.stream()
				.filter((candidate) -> candidate.id().equals(request.icsId()))
				.findFirst();
			if (ics.isEmpty()) {
				problems.add("The chosen partnership no longer exists; reload the page and choose again");
			}
			else if (request.partnerId() != null && !belongsTo(request.partnerId(), ics.get())) {
				problems.add("The chosen partner organisation is not part of " + ics.get().name()
						+ "; choose one of its own partners");
			}
		}
		if (!problems.isEmpty()) {
			List<String> all = new ArrayList<>(request.problems());
			all.addAll(problems);
			throw new ValidationException(all);
		}
		return this.accounts.create(request);
	}

	@Transactional
	public void setEnabled(UserId id, boolean enabled) {
		this.accounts.setEnabled(id, enabled);
	}

	@Transactional
	public void resetPassword(UserId id, String newPassword) {
		this.accounts.resetPassword(id, newPassword);
	}

	private boolean belongsTo(PartnerId partnerId, IcsView ics) {
		return this.icss.partnersOf(ics.id()).stream().anyMatch((partner) -> partner.id().equals(partnerId));
	}

}
