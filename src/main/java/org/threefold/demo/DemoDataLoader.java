package org.threefold.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import org.threefold.ThreefoldProperties;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerImport;
import org.threefold.partner.PartnerView;
import org.threefold.security.DemoAccounts;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.security.UserAccountService;
import org.threefold.security.UserAccountView;
import org.threefold.shared.PartnerId;

/**
 * Loads {@code seed-data/} on start when {@code threefold.demo.enabled=true}, but only
 * into an installation with no partnership at all: it is idempotent (a second start finds
 * the demo and stops) and can never mix fictional data into a real one. Everything goes
 * in one transaction, so a broken seed file leaves the database empty rather than
 * half-filled: the partnership and its accounts as the system administrator, then the
 * demo assessments ({@link DemoAssessments}) as the demo ICS leader. The time taken is
 * logged, because every fresh installation and many tests pay it at start-up.
 */
@Component
@ConditionalOnBooleanProperty("threefold.demo.enabled")
class DemoDataLoader implements ApplicationRunner, DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Path directory;

	private final String password;

	private final IcsService icsService;

	private final UserAccountService accounts;

	private final TransactionTemplate transactions;

	private final DemoSeed seed;

	private final DemoAssessments assessments;

	private final DemoWorkshops workshops;

	DemoDataLoader(ThreefoldProperties properties, IcsService icsService, UserAccountService accounts,
			TransactionTemplate transactions, DemoAssessments assessments, DemoWorkshops workshops) throws IOException {
		this.directory = properties.demo().directory();
		this.password = properties.demo().password();
		this.icsService = icsService;
		this.accounts = accounts;
		this.transactions = transactions;
		this.assessments = assessments;
		this.workshops = workshops;
		this.seed = readSeed(this.directory.resolve("demo.yaml"));
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemTask.asAdministrator(() -> {
			if (this.icsService.anyExists()) {
				log.info("Demo data not loaded: the database already holds a partnership");
				return null;
			}
			long started = System.nanoTime();
			this.transactions.executeWithoutResult((status) -> load());
			log.info("Loaded the demo partnership {} from {} in {} ms", this.seed.icsName(),
					this.directory.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
			return null;
		});
	}

	private void load() {
		IcsView ics = this.icsService.create(this.seed.icsCode(), this.seed.icsName(), this.seed.region(), true);
		try (InputStream csv = Files.newInputStream(this.directory.resolve(this.seed.partnersFile()))) {
			PartnerImport imported = this.icsService.importPartners(ics.id(), csv);
			if (!imported.succeeded()) {
				throw new IllegalStateException("Demo partners could not be imported: " + imported.problems());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Demo partners file could not be read", ex);
		}
		List<PartnerView> partners = this.icsService.partnersOf(ics.id());
		Map<String, PartnerId> partnersByName = partners.stream()
			.collect(java.util.stream.Collectors.toMap(PartnerView::name, PartnerView::id));
		SignedInUser leader = null;
		for (DemoSeed.DemoUser user : this.seed.users()) {
			PartnerId partner = (user.partnerName() == null) ? null : partnersByName.get(user.partnerName());
			if (user.partnerName() != null && partner == null) {
				throw new IllegalStateException(
						"demo.yaml: user " + user.username() + " names unknown partner \"" + user.partnerName() + "\"");
			}
			UserAccountView account = this.accounts.create(new NewUserAccount(user.username(), user.name(),
					user.email(), this.password, user.role(), user.role().belongsToIcs() ? ics.id() : null, partner));
			if (leader == null && account.role() == Role.ICS_LEADER) {
				leader = new SignedInUser(account.id(), account.username(), account.displayName(), account.role(),
						account.icsId(), account.partnerId());
			}
		}
		if (leader == null) {
			log.info("demo.yaml has no ICS leader to run the demo assessments; they are left out");
			return;
		}
		// Assessments belong to a leader's ICS, so they are made as the demo leader, not
		// as the administrator: the same checks apply as when Priya plans one herself.
		SystemTask.as(leader, () -> {
			this.assessments.load(partners);
			this.workshops.load(partners);
			return null;
		});
	}

	@Override
	public String partnershipName() {
		return this.seed.icsName();
	}

	@Override
	public String password() {
		return this.password;
	}

	@Override
	public List<DemoAccount> accounts() {
		return this.seed.users().stream().map((user) -> new DemoAccount(user.username(), user.description())).toList();
	}

	private static DemoSeed readSeed(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(reader);
			return DemoSeed.from(yaml);
		}
	}

}
