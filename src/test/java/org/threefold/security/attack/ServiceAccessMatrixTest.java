package org.threefold.security.attack;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.RespondentService;
import org.threefold.partner.IcsService;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.UserAccountService;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role of ICS A calls every public method of every {@code @Service} that carries
 * {@code @RolesAllowed}, found by reflection (so a new module's services are attacked the
 * day they land), with ICS B's ids wherever a method takes an id. Every call must be
 * refused (access denied, not found, or invalid input), or return nothing of B's; and
 * afterwards B's data must be exactly as it was, with no record of A linked to one of
 * B's. The outcome of each call is written to target/security/service-matrix.txt.
 */
@AttackContext
class ServiceAccessMatrixTest {

	/**
	 * Public methods on secured services that deliberately carry no role, and why. A new
	 * unguarded method fails the test until it is either guarded or listed here.
	 */
	static final Map<String, String> UNGUARDED_BY_DESIGN = Map.ofEntries(
			Map.entry("MailService.send", "called only by other modules' services after their own checks"),
			Map.entry("MailService.mailServerConfigured", "says only whether a mail server is set up"),
			Map.entry("QuestionnaireCatalog.find",
					"questionnaire files belong to the installation, not an ICS, and the respondent form reads them"),
			Map.entry("QuestionnaireCatalog.versionId", "as find"),
			Map.entry("QuestionnaireCatalog.definitionOfVersion", "as find"),
			Map.entry("QuestionnaireCatalog.report", "as find"), Map.entry("QuestionnaireCatalog.framework", "as find"),
			Map.entry("QuestionnaireCatalog.questionnaires", "as find"),
			Map.entry("QuestionnaireCatalog.actionLibrary", "as find"), Map.entry("ApiTokenService.authenticate",
					"how a request without a session signs in: the bearer secret is what grants access, as a survey link does for respondents"));

	static final List<Role> ROLES_OF_A = List.of(Role.ICS_LEADER, Role.PARTNER_LEAD, Role.FACILITATOR,
			Role.BOARD_VIEWER);

	@Autowired
	ApplicationContext context;

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

	TwoPartnerships world;

	@BeforeEach
	void world() {
		this.world = TwoPartnerships.in(this.jdbc, this.partnerships, this.accounts, this.assessments,
				this.respondents);
	}

	@Test
	void every_role_of_one_ics_is_refused_everything_of_another() throws Exception {
		String before = TwoPartnerships.fingerprintOfB(this.jdbc, this.world.icsB);
		assertThat(before).contains(TwoPartnerships.MARKER);
		Map<String, String> outcomes = new TreeMap<>();
		List<String> leaks = new ArrayList<>();
		List<String> unguarded = new ArrayList<>();
		int calls = 0;
		for (Object bean : this.context.getBeansWithAnnotation(Service.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getPackageName().startsWith("org.threefold") || !isSecured(type)) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
						|| Modifier.isStatic(method.getModifiers()) || isSpringCallback(method)) {
					continue;
				}
				String name = type.getSimpleName() + "." + method.getName();
				if (!AnnotatedElementUtils.hasAnnotation(method, RolesAllowed.class)
						&& !AnnotatedElementUtils.hasAnnotation(type, RolesAllowed.class)
						&& !UNGUARDED_BY_DESIGN.containsKey(name)) {
					unguarded.add(name);
				}
				if (UNGUARDED_BY_DESIGN.containsKey(name)) {
					continue;
				}
				Method callable = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
				for (Role role : ROLES_OF_A) {
					SignedInUser attacker = SignIn.as(role, this.world.icsA,
							(role == Role.PARTNER_LEAD) ? this.world.partnerA : null);
					String outcome = call(attacker, bean, callable, method);
					calls++;
					outcomes.put(name + "(" + method.getParameterCount() + ") as " + role, outcome);
					if (outcome.startsWith("LEAK")) {
						leaks.add(name + " as " + role + ": " + outcome);
					}
				}
			}
		}
		Path report = Path.of("target", "security", "service-matrix.txt");
		Files.createDirectories(report.getParent());
		StringBuilder text = new StringBuilder();
		outcomes.forEach((call, outcome) -> text.append(call).append(" -> ").append(outcome).append('\n'));
		Files.writeString(report, text);

		assertThat(calls).as("services found by reflection").isGreaterThan(40);
		assertThat(unguarded).as("public methods of secured services without @RolesAllowed").isEmpty();
		assertThat(leaks).as("calls that returned ICS B's data").isEmpty();
		assertThat(TwoPartnerships.fingerprintOfB(this.jdbc, this.world.icsB)).as("ICS B after the attack")
			.isEqualTo(before);
		assertThat(TwoPartnerships.crossLinks(this.jdbc)).as("records of one ICS linked to another's").isZero();
	}

	/** Methods Spring calls itself (start-up callbacks), not part of a service's API. */
	private static boolean isSpringCallback(Method method) {
		for (Class<?> contract : org.springframework.util.ClassUtils
			.getAllInterfacesForClass(method.getDeclaringClass())) {
			if (contract.getName().startsWith("org.springframework") && org.springframework.util.ReflectionUtils
				.findMethod(contract, method.getName(), method.getParameterTypes()) != null) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSecured(Class<?> type) {
		if (AnnotatedElementUtils.hasAnnotation(type, RolesAllowed.class)) {
			return true;
		}
		for (Method method : type.getDeclaredMethods()) {
			if (AnnotatedElementUtils.hasAnnotation(method, RolesAllowed.class)) {
				return true;
			}
		}
		return false;
	}

	private String call(SignedInUser attacker, Object bean, Method callable, Method declared) {
		Object[] args = new Object[declared.getParameterCount()];
		for (int i = 0; i < args.length; i++) {
			args[i] = value(declared.getParameterTypes()[i], declared.getGenericParameterTypes()[i], 0);
		}
		try {
			Object result = SignIn.run(attacker, () -> {
				try {
					return callable.invoke(bean, args);
				}
				catch (InvocationTargetException ex) {
					throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			});
			String shown = String.valueOf(result);
			return shown.contains(TwoPartnerships.MARKER) ? "LEAK " + abbreviate(shown) : "allowed, nothing of B's";
		}
		catch (AccessDeniedException ex) {
			return "denied";
		}
		catch (NotFoundException ex) {
			return "not found";
		}
		catch (ValidationException ex) {
			return "refused: " + abbreviate(ex.getMessage());
		}
		catch (RuntimeException ex) {
			// Not a leak, but not a clear refusal either: listed in the report.
			return "error " + ex.getClass().getSimpleName() + ": " + abbreviate(ex.getMessage());
		}
	}

	private static String abbreviate(String text) {
		String value = String.valueOf(text).replace('\n', ' ');
		return (value.length() > 160) ? value.substring(0, 160) + "…" : value;
	}

	/** A value of the wanted type pointing at ICS B wherever it can. */
	private Object value(Class<?> type, Type generic, int depth) {
		if (type == AssessmentId.class) {
			return this.world.assessmentB;
		}
		if (type == PartnerId.class) {
			return this.world.partnerB;
		}
		if (type == IcsId.class) {
			return this.world.icsB;
		}
		if (type == UserId.class) {
			return this.world.leaderB;
		}
		if (type == String.class) {
			return "probe@example.org";
		}
		if (type == int.class || type == Integer.class) {
			return 5;
		}
		if (type == long.class || type == Long.class) {
			return this.world.assessmentB.value();
		}
		if (type == boolean.class || type == Boolean.class) {
			return true;
		}
		if (type == LocalDate.class) {
			return LocalDate.now().plusDays(1);
		}
		if (type == Instant.class) {
			return Instant.now();
		}
		if (type == InputStream.class) {
			return new ByteArrayInputStream("name,sector\nProbe Trust,acute-trust\n".getBytes(StandardCharsets.UTF_8));
		}
		if (type == Reader.class) {
			return new StringReader("name,sector\nProbe Trust,acute-trust\n");
		}
		if (type == Optional.class) {
			return Optional.empty();
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (Collection.class.isAssignableFrom(type)) {
			Object element = (generic instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] instanceof Class<?> elementType && depth < 3)
							? value(elementType, elementType, depth + 1) : null;
			if (element == null) {
				return List.of();
			}
			return Set.class.isAssignableFrom(type) ? Set.of(element) : List.of(element);
		}
		if (type.isRecord() && depth < 3) {
			RecordComponent[] components = type.getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = value(types[i], components[i].getGenericType(), depth + 1);
			}
			try {
				return type.getDeclaredConstructor(types).newInstance(values);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
		}
		if (type.getSimpleName().endsWith("Id")) {
			// A typed id of a module added later (a workshop, a plan): B's assessment
			// number.
			try {
				return type.getDeclaredConstructor(long.class).newInstance(this.world.assessmentB.value());
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
		}
		return null;
	}

}
