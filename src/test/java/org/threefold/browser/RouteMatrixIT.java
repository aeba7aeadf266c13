package org.threefold.browser;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.RespondentService;
import org.threefold.partner.IcsService;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.security.Role;
import org.threefold.security.UserAccountService;
import org.threefold.security.attack.TwoPartnerships;
import org.threefold.support.SignIn;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Vaadin route, found by its {@code @Route} annotation (so a new screen is covered
 * the day it lands), opened in a real headless Chromium by each role of ICS A (the demo
 * partnership) with ICS B's identifiers: B's partner, assessment and workshop. A role the
 * route's {@code @RolesAllowed} leaves out gets "Page not found" (or "Not available to
 * your account"); an allowed role gets "Page not found" for B's records (or, where the id
 * is only a filter, an empty page); and nothing of B's (every name and title of B carries
 * {@link TwoPartnerships#MARKER}) is anywhere in the page's source or its text, shadow
 * DOM included. The administrator, who manages every ICS, is checked only for denials. A
 * control signs in as B's own leader and sees B's records at the same addresses, so the
 * identifiers are real. Each role signs in once; the outcomes are written to
 * {@code target/security/route-matrix.txt}.
 */
@BrowserAttackContext
class RouteMatrixIT {

	/** The demo accounts of ICS A, one per role. */
	enum User {

		ADMIN("admin", Role.ADMINISTRATOR), LEADER("leader", Role.ICS_LEADER),
		PARTNER_LEAD("partnerlead", Role.PARTNER_LEAD), FACILITATOR("facilitator", Role.FACILITATOR),
		BOARD("board", Role.BOARD_VIEWER);

		final String username;

		final Role role;

		User(String username, Role role) {
			this.username = username;
			this.role = role;
		}

	}

	/** B's records, as route parameters. */
	record Victim(long partner, long assessment, long workshop) {
	}

	/**
	 * Which of B's records a route's parameter names. A route with a parameter not listed
	 * here (and not in {@link #SHARED}) fails the test until it is given a value.
	 */
	static final Map<String, Function<Victim, Long>> IDS = Map.of("partners", Victim::partner, "assessments",
			Victim::assessment, "results", Victim::assessment, "power", Victim::assessment, "exports",
			Victim::assessment, "workshop", Victim::workshop);

	/**
	 * Routes whose id only narrows a list of the user's own records: another ICS's id
	 * shows an empty list rather than "Page not found".
	 */
	static final Set<String> FILTERS = Set.of("exports");

	/** Routes whose parameter belongs to no ICS (questionnaires are shared by all). */
	static final Set<String> SHARED = Set.of("questionnaires");

	private static final Set<String> DENIED = Set.of("Page not found", "Not available to your account");

	private static Browser browser;

	private static final Map<String, String> outcomes = new TreeMap<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IcsService partnerships;

	@Autowired
	UserAccountService accounts;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	WorkshopService workshops;

	@Autowired
	QuestionnaireCatalog catalog;

	/** One route as the application declares it. */
	record Screen(String path, boolean parameter, boolean optional, Set<Role> roles) {

		boolean allows(Role role) {
			return this.roles.contains(role);
		}

	}

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 900);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
		Path report = Path.of("target", "security", "route-matrix.txt");
		Files.createDirectories(report.getParent());
		StringBuilder text = new StringBuilder();
		outcomes.forEach((call, outcome) -> text.append(call).append(" -> ").append(outcome).append('\n'));
		Files.writeString(report, text);
	}

	@Test
	void every_route_as_every_role_of_ics_a_with_ics_bs_ids_shows_nothing_of_b() {
		Victim b = victim();
		List<Screen> screens = screens();
		assertThat(screens).as("the routes, found by their annotations").hasSizeGreaterThan(15);
		List<String> failures = new ArrayList<>();
		for (User user : User.values()) {
			signIn(user.username);
			for (Screen screen : screens) {
				for (String address : addresses(screen, b)) {
					String failure = check(user, screen, address);
					if (failure != null) {
						failures.add(user + " /" + address + ": " + failure);
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * The control: B's own leader, reaching the same addresses the same way, sees B's
	 * records, so the ids tried above are real, the page read is the one navigated to,
	 * and the marker check can fail.
	 */
	@Test
	void ics_bs_own_leader_sees_bs_records_at_the_same_addresses() {
		Victim b = victim();
		signIn("bravo-leader");
		for (Map.Entry<String, Function<Victim, Long>> route : new TreeMap<>(IDS).entrySet()) {
			String address = route.getKey() + "/" + route.getValue().apply(b);
			follow(address);
			assertThat(browser.h1()).as("/" + address).isNotIn(DENIED);
			assertThat(browser.visibleText()).as("/" + address).contains(TwoPartnerships.MARKER);
		}
	}

	/** Null when the outcome is right, otherwise what was wrong. */
	private String check(User user, Screen screen, String address) {
		follow(address);
		String h1 = browser.h1();
		String source = browser.driver.getPageSource() + "\n" + browser.visibleText();
		boolean denied = DENIED.contains(h1);
		boolean withB = screen.parameter() && address.contains("/") && IDS.containsKey(screen.path());
		outcomes.put(user + " /" + address, denied ? "denied (" + h1 + ")" : "shown (" + h1 + ")");
		if (browser.driver.getCurrentUrl().contains("/login")) {
			return "signed out";
		}
		if (!screen.allows(user.role)) {
			return denied ? null : "the role may not open this route, but it showed \"" + h1 + "\"";
		}
		if (user.role == Role.ADMINISTRATOR) {
			// The administrator manages every ICS: B's names are theirs to see.
			return denied && !withB ? "an allowed route was denied" : null;
		}
		if (source.toLowerCase(Locale.ROOT).contains(TwoPartnerships.MARKER.toLowerCase(Locale.ROOT))) {
			return "ICS B's data is on the page";
		}
		if (withB && !denied && !FILTERS.contains(screen.path())) {
			return "B's record did not read as \"Page not found\" but as \"" + h1 + "\"";
		}
		if (!withB && denied) {
			return "an allowed route was denied";
		}
		return null;
	}

	private List<String> addresses(Screen screen, Victim b) {
		List<String> addresses = new ArrayList<>();
		if (!screen.parameter() || screen.optional()) {
			addresses.add(screen.path());
		}
		if (screen.parameter()) {
			if (IDS.containsKey(screen.path())) {
				addresses.add(screen.path() + "/" + IDS.get(screen.path()).apply(b));
			}
			else if (SHARED.contains(screen.path())) {
				addresses.add(screen.path() + "/" + this.catalog.questionnaires().get(0).id());
			}
			else {
				throw new AssertionError("No ICS B id for the route /" + screen.path()
						+ "/{…}: add one to RouteMatrixIT.IDS (or SHARED if it belongs to no ICS)");
			}
		}
		return addresses;
	}

	/**
	 * The signed-in routes; pages open without an account (survey links, workshop joins,
	 * sign-in) are left out, as their secrets, not a role, grant access.
	 */
	static List<Screen> screens() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		List<Screen> screens = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.threefold")) {
			Class<?> view;
			try {
				view = Class.forName(definition.getBeanClassName());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
			if (view.isAnnotationPresent(AnonymousAllowed.class)) {
				continue;
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			if (view.isAnnotationPresent(PermitAll.class)) {
				roles.addAll(EnumSet.allOf(Role.class));
			}
			RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
			if (allowed != null) {
				Arrays.stream(allowed.value()).map(Role::valueOf).forEach(roles::add);
			}
			boolean parameter = HasUrlParameter.class.isAssignableFrom(view);
			screens.add(new Screen(view.getAnnotation(Route.class).value(), parameter,
					parameter && optionalParameter(view), roles));
		}
		return screens;
	}

	private static boolean optionalParameter(Class<?> view) {
		return Arrays.stream(view.getMethods())
			.filter((m) -> m.getName().equals("setParameter") && m.getParameterCount() == 2 && !m.isBridge())
			.map((Method m) -> m.getParameters()[1])
			.anyMatch((p) -> p.isAnnotationPresent(OptionalParameter.class));
	}

	/** ICS B with a partner, an open assessment with a response, and a workshop. */
	private Victim victim() {
		TwoPartnerships world = TwoPartnerships.in(this.jdbc, this.partnerships, this.accounts, this.assessments,
				this.respondents);
		List<Long> workshop = this.jdbc.queryForList("select id from workshop where ics_id = ?", Long.class,
				world.icsB.value());
		long workshopB = workshop.isEmpty() ? SignIn
			.run(SignIn.as(Role.ICS_LEADER, world.icsB, null),
					() -> this.workshops.create(
							WorkshopPlan.template(TwoPartnerships.MARKER + " away day", WorkshopMode.IN_PERSON, null)))
			.value() : workshop.get(0);
		return new Victim(world.partnerB.value(), world.assessmentB.value(), workshopB);
	}

	private void signIn(String username) {
		browser.driver.manage().deleteAllCookies();
		browser.signIn(url("login"), username, TwoPartnerships.PASSWORD);
		browser.settle();
	}

	/**
	 * Goes to an address by a link inside the signed-in application, as a user clicking
	 * does: Vaadin navigates on the server, with the same access checks as a typed
	 * address, without loading the page again (which would make the matrix slow). Done
	 * when the address bar shows it, Vaadin has nothing in flight (as TestBench waits),
	 * and the heading is new, or is the error view's, which Vaadin keeps from one refused
	 * address to the next.
	 */
	private void follow(String address) {
		browser.driver.executeScript("""
				document.querySelectorAll('h1').forEach((h) => h.setAttribute('data-tf-old', ''));
				const link = document.createElement('a');
				link.href = arguments[0];
				link.setAttribute('router-link', '');
				document.body.appendChild(link);
				link.click();
				link.remove();""", "/" + address);
		browser.wait
			.until((driver) -> "/".concat(address).equals(browser.driver.executeScript("return location.pathname")));
		browser.settle();
		browser.wait.until((driver) -> (Boolean) browser.driver
			.executeScript("return document.querySelector('h1:not([data-tf-old])') !== null", "")
				|| DENIED.contains(browser.h1()));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
