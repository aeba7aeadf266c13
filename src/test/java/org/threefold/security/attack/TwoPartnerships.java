package org.threefold.security.attack;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseState;
import org.threefold.partner.IcsService;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Section;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.security.UserAccountService;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;
import org.threefold.support.SignIn;

/**
 * The attacker's world: the demo partnership North Vale is ICS A, whose people attack;
 * "Bravo" is ICS B, the victim, made here with a partner, a leader account and an open
 * assessment with one submitted comment. Everything B holds carries the word
 * {@link #MARKER}, so a test can tell whether anything of B's reached a screen or a
 * return value.
 */
public final class TwoPartnerships {

	public static final String MARKER = "Zebracorn";

	public static final String PASSWORD = "threefold-demo";

	public final IcsId icsA;

	public final PartnerId partnerA;

	public final IcsId icsB;

	public final PartnerId partnerB;

	public final UserId leaderB;

	public final AssessmentId assessmentB;

	private TwoPartnerships(IcsId icsA, PartnerId partnerA, IcsId icsB, PartnerId partnerB, UserId leaderB,
			AssessmentId assessmentB) {
		this.icsA = icsA;
		this.partnerA = partnerA;
		this.icsB = icsB;
		this.partnerB = partnerB;
		this.leaderB = leaderB;
		this.assessmentB = assessmentB;
	}

	/**
	 * Finds ICS B if an earlier test class in this context made it, otherwise makes it.
	 */
	public static synchronized TwoPartnerships in(JdbcTemplate jdbc, IcsService partnerships,
			UserAccountService accounts, AssessmentService assessments, RespondentService respondents) {
		IcsId a = new IcsId(jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		PartnerId partnerA = new PartnerId(jdbc.queryForObject(
				"select min(p.id) from partner p join app_user u on u.partner_id = p.id where p.ics_id = ?", Long.class,
				a.value()));
		List<Long> existing = jdbc.queryForList("select id from ics where code = 'BRAVO'", Long.class);
		IcsId b;
		if (existing.isEmpty()) {
			b = SystemTask.asAdministrator(() -> {
				IcsId created = partnerships.create("BRAVO", "Bravo " + MARKER + " ICS", "Elsewhere", false).id();
				partnerships.importPartners(created,
						new ByteArrayInputStream(
								("name,sector,headcount\n" + MARKER + " Hospital Trust,acute-trust,900\n" + MARKER
										+ " Hospice,hospice,40\n")
									.getBytes(StandardCharsets.UTF_8)));
				return created;
			});
		}
		else {
			b = new IcsId(existing.get(0));
		}
		List<PartnerId> partnersB = jdbc
			.queryForList("select id from partner where ics_id = ? order by id", Long.class, b.value())
			.stream()
			.map(PartnerId::new)
			.toList();
		List<Long> leader = jdbc.queryForList("select id from app_user where username = 'bravo-leader'", Long.class);
		UserId leaderB = leader.isEmpty() ? SystemTask
			.asAdministrator(() -> accounts.create(new NewUserAccount("bravo-leader", MARKER + " Leader",
					"leader@bravo.example", PASSWORD, Role.ICS_LEADER, b, null)))
			.id() : new UserId(leader.get(0));
		List<Long> assessment = jdbc.queryForList("select id from assessment where ics_id = ?", Long.class, b.value());
		AssessmentId assessmentB;
		if (assessment.isEmpty()) {
			SignedInUser bLeader = SignIn.as(Role.ICS_LEADER, b, null);
			assessmentB = SignIn.run(bLeader, () -> {
				AssessmentId id = assessments
					.createDraft(new AssessmentPlan(MARKER + " pulse", MARKER, LocalDate.now().minusDays(1),
							LocalDate.now().plusDays(30), 5, 10, true, true, null, "staff-pulse",
							Set.copyOf(partnersB)))
					.id();
				assessments.open(id);
				return id;
			});
			String url = SignIn.run(bLeader, () -> assessments.links(assessmentB)).get(0).url();
			String secret = respondents
				.startFromLink(url.substring(url.lastIndexOf('/') + 1),
						new RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE))
				.deviceSecret();
			answerEverything(respondents, secret, MARKER + " secret comment");
			respondents.submit(secret);
		}
		else {
			assessmentB = new AssessmentId(assessment.get(0));
		}
		return new TwoPartnerships(a, partnerA, b, partnersB.get(0), leaderB, assessmentB);
	}

	/**
	 * Answers every visible question with something valid; free text gets the comment.
	 */
	public static void answerEverything(RespondentService respondents, String secret, String comment) {
		ResponseState state = respondents.resume(secret).orElseThrow();
		for (Section section : state.questionnaire().sections()) {
			for (Item item : section.items()) {
				if (!state.visible(item)) {
					continue;
				}
				String value = switch (item.spec()) {
					case ItemSpec.Likert likert -> String.valueOf(2 + Math.floorMod(item.id().hashCode(), 4));
					case ItemSpec.Choice choice -> choice.options().get(0).value();
					case ItemSpec.FreeText text -> comment;
					case ItemSpec.NumberInput number -> number.min().toPlainString();
					default -> null;
				};
				if (value != null) {
					state = respondents.saveAnswer(secret, AnswerKey.of(item.id()), value);
				}
			}
		}
	}

	/**
	 * Rows that would show ICS B's data leaking into A or being changed by A: every link
	 * between records of two different partnerships.
	 */
	static long crossLinks(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select (select count(*) from assessment_partner ap"
				+ " join assessment a on a.id = ap.assessment_id join partner p on p.id = ap.partner_id"
				+ " where a.ics_id <> p.ics_id) + (select count(*) from app_user u join partner p on p.id = u.partner_id"
				+ " where u.ics_id <> p.ics_id) + (select count(*) from invitation_link l join assessment a"
				+ " on a.id = l.assessment_id join partner p on p.id = l.partner_id where a.ics_id <> p.ics_id)",
				Long.class);
	}

	/** A fingerprint of everything ICS B holds, to show an attack changed nothing. */
	static String fingerprintOfB(JdbcTemplate jdbc, IcsId b) {
		return jdbc
			.queryForList("select 'ics', name, region from ics where id = ? union all"
					+ " select 'partner', name, sector from partner where ics_id = ? union all"
					+ " select 'user', username, display_name from app_user where ics_id = ? union all"
					+ " select 'assessment', title, status from assessment where ics_id = ? union all"
					+ " select 'responses', cast(count(*) as varchar(20)), '' from response r join assessment a"
					+ " on a.id = r.assessment_id where a.ics_id = ? union all"
					+ " select 'links', cast(count(*) as varchar(20)), '' from invitation_link l join assessment a"
					+ " on a.id = l.assessment_id where a.ics_id = ? union all"
					+ " select 'tokens', cast(count(*) as varchar(20)), '' from invitation_token t join assessment a"
					+ " on a.id = t.assessment_id where a.ics_id = ?", b.value(), b.value(), b.value(), b.value(),
					b.value(), b.value(), b.value())
			.toString();
	}

}
