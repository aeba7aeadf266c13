package org.threefold.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerImport;
import org.threefold.partner.PartnerView;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.UserAccountService;
import org.threefold.support.SignIn;
import org.threefold.shared.IcsId;
import org.threefold.shared.UserId;
import org.threefold.shared.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.threefold.security.SystemTask.asAdministrator;

/**
 * The administrator's account screens through the real, secured services. The Spring
 * context and the in-memory database are shared by every test in the JVM, so each test
 * names its own partnerships and accounts with a random suffix.
 */
@SpringBootTest(properties = { "threefold.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:admin-test;DB_CLOSE_DELAY=-1" })
class AccountAdministrationTest {

	private static final String PASSWORD = "correct horse battery";

	private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private IcsService icss;

	@Autowired
	private UserAccountService accounts;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_partner_lead_cannot_speak_for_a_partner_of_another_ics() {
		IcsView north = anIcsWithPartners("NORTH", "Riverside Pharmacy");
		IcsView south = anIcsWithPartners("SOUTH", "Hillside Hospice");
		PartnerView southPartner = partnerOf(south, "Hillside Hospice");
		String username = "lead-" + this.suffix.toLowerCase(Locale.ROOT);
		NewUserAccount request = new NewUserAccount(username, "Pat Lead", null, PASSWORD, Role.PARTNER_LEAD, north.id(),
				southPartner.id());

		assertThatThrownBy(() -> asAdministrator(() -> this.administration.createUser(request)))
			.isInstanceOf(ValidationException.class)
			.satisfies((ex) -> assertThat(((ValidationException) ex).problems())
				.anySatisfy((problem) -> assertThat(problem).contains("not part of " + north.name())));
		assertThat(asAdministrator(() -> this.accounts.list()))
			.noneMatch((account) -> account.username().equals(username));
	}

	@Test
	void an_account_in_an_ics_that_does_not_exist_is_refused_with_every_problem_at_once() {
		NewUserAccount request = new NewUserAccount("x", "", null, "short", Role.ICS_LEADER,
				new IcsId(Long.MAX_VALUE - 1), null);

		assertThatThrownBy(() -> asAdministrator(() -> this.administration.createUser(request)))
			.isInstanceOf(ValidationException.class)
			.satisfies((ex) -> assertThat(((ValidationException) ex).problems()).hasSizeGreaterThanOrEqualTo(4)
				.anySatisfy((problem) -> assertThat(problem).contains("no longer exists")));
	}

	@Test
	void the_user_list_names_each_account_s_ics_and_partner() {
		IcsView ics = anIcsWithPartners("EAST", "Riverside Pharmacy", "Eastgate Council");
		PartnerView pharmacy = partnerOf(ics, "Riverside Pharmacy");
		String leader = "leader-" + this.suffix.toLowerCase(Locale.ROOT);
		String lead = "pharmacist-" + this.suffix.toLowerCase(Locale.ROOT);
		asAdministrator(() -> this.administration.createUser(new NewUserAccount(leader, "Lee Leader", "lee@example.org",
				PASSWORD, Role.ICS_LEADER, ics.id(), null)));
		asAdministrator(() -> this.administration.createUser(new NewUserAccount(lead, "Pat Pharmacist", null, PASSWORD,
				Role.PARTNER_LEAD, ics.id(), pharmacy.id())));

		List<UserRow> users = asAdministrator(() -> this.administration.users());

		assertThat(users).filteredOn((user) -> user.username().equals(leader)).singleElement().satisfies((user) -> {
			assertThat(user.icsName()).contains(ics.name());
			assertThat(user.partnerName()).isEmpty();
			assertThat(user.status()).isEqualTo("Active");
		});
		assertThat(users).filteredOn((user) -> user.username().equals(lead)).singleElement().satisfies((user) -> {
			assertThat(user.role()).isEqualTo(Role.PARTNER_LEAD);
			assertThat(user.icsName()).contains(ics.name());
			assertThat(user.partnerName()).contains("Riverside Pharmacy");
		});
	}

	@Test
	void a_disabled_account_is_listed_as_disabled() {
		IcsView ics = anIcsWithPartners("WEST", "Westside Surgery");
		String username = "viewer-" + this.suffix.toLowerCase(Locale.ROOT);
		UserId id = asAdministrator(() -> this.administration
			.createUser(new NewUserAccount(username, "Val Viewer", null, PASSWORD, Role.BOARD_VIEWER, ics.id(), null)))
			.id();

		asAdministrator(() -> {
			this.administration.setEnabled(id, false);
			return null;
		});

		assertThat(asAdministrator(() -> this.administration.users()))
			.filteredOn((user) -> user.username().equals(username))
			.singleElement()
			.satisfies((user) -> assertThat(user.status()).isEqualTo("Disabled"));
	}

	@Test
	void only_administrators_may_list_or_open_accounts() {
		IcsView ics = anIcsWithPartners("HILL", "Hill Practice");
		String username = "sneaky-" + this.suffix.toLowerCase(Locale.ROOT);
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, ics.id(), null);

		assertThatThrownBy(() -> SignIn.run(leader, () -> this.administration.users()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SignIn.run(leader,
				() -> this.administration.createUser(
						new NewUserAccount(username, "Sam Sneaky", null, PASSWORD, Role.ICS_LEADER, ics.id(), null))))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(asAdministrator(() -> this.accounts.list()))
			.noneMatch((account) -> account.username().equals(username));
	}

	private IcsView anIcsWithPartners(String code, String... partnerNames) {
		StringBuilder csv = new StringBuilder("name,sector\n");
		for (String name : partnerNames) {
			csv.append(name).append(",other\n");
		}
		return asAdministrator(() -> {
			IcsView ics = this.icss.create(code + "-" + this.suffix, code.charAt(0)
					+ code.substring(1).toLowerCase(Locale.ROOT) + " Integrated Care System " + this.suffix, null,
					false);
			PartnerImport imported = this.icss.importPartners(ics.id(),
					new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
			assertThat(imported.problems()).isEmpty();
			return ics;
		});
	}

	private PartnerView partnerOf(IcsView ics, String name) {
		return asAdministrator(() -> this.icss.partnersOf(ics.id())).stream()
			.filter((partner) -> partner.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
