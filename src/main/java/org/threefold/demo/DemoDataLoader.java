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
import org.threefold.security.SystemTask;
import org.threefold.security.UserAccountService;
import org.threefold.shared.PartnerId;

/**
 * Loads {@code seed-data/} on start when {@code threefold.demo.enabled=true}, but only
 * into an installation with no partnership at all: it is idempotent (a second start finds
 * the demo and stops) and can never mix fictional data into a real one. Everything goes
 * in one transaction, so a broken seed file leaves the database empty rather than
 * half-filled.
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

	DemoDataLoader(ThreefoldProperties properties, IcsService icsService, UserAccountService accounts,
			TransactionTemplate transactions) throws IOException {
		this.directory = properties.demo().directory();
		this.password = properties.demo().password();
		this.icsService = icsService;
		this.accounts = accounts;
		this.transactions = transactions;
		this.seed = readSeed(this.directory.resolve("demo.yaml"));
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemTask.asAdministrator(() -> {
			if (this.icsService.anyExists()) {
				log.info("Demo data not loaded: the database already holds a partnership");
				return null;
			}
			this.transactions.executeWithoutResult((status) -> load());
			log.info("Loaded the demo partnership {} from {}", this.seed.icsName(), this.directory.toAbsolutePath());
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
		Map<String, PartnerId> partnersByName = this.icsService.partnersOf(ics.id())
			.stream()
			.collect(java.util.stream.Collectors.toMap(PartnerView::name, PartnerView::id));
		for (DemoSeed.DemoUser user : this.seed.users()) {
			PartnerId partner = (user.partnerName() == null) ? null : partnersByName.get(user.partnerName());
			if (user.partnerName() != null && partner == null) {
				throw new IllegalStateException(
						"demo.yaml: user " + user.username() + " names unknown partner \"" + user.partnerName() + "\"");
			}
			this.accounts.create(new NewUserAccount(user.username(), user.name(), user.email(), this.password,
					user.role(), user.role().belongsToIcs() ? ics.id() : null, partner));
		}
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
