package org.threefold.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the whole application in the middle of a round and starts it again on the same
 * database: the workshop resumes where it was (same speaker, same passes, same post-its),
 * participants' kept tokens still work, and the round carries on under the same rules.
 */
class WorkshopRestartTest {

	@Test
	void a_session_resumes_after_the_application_restarts_mid_round() throws Exception {
		Path directory = Files.createTempDirectory("threefold-restart");
		String url = "jdbc:h2:file:" + directory.resolve("db-" + UUID.randomUUID()) + ";AUTO_SERVER=FALSE";
		WorkshopId id;
		Joined ann;
		Joined bo;
		Joined cy;
		WorkshopSnapshot before;
		SignedInUser facilitator;
		try (ConfigurableApplicationContext first = start(url)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			IcsId ics = new IcsId(jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
			List<PartnerId> partners = jdbc
				.queryForList("select id from partner where ics_id = ? order by name", Long.class, ics.value())
				.stream()
				.map(PartnerId::new)
				.toList();
			facilitator = SignIn.as(Role.FACILITATOR, ics, null);
			WorkshopService workshops = first.getBean(WorkshopService.class);
			WorkshopParticipation participation = first.getBean(WorkshopParticipation.class);
			id = SignIn.run(facilitator,
					() -> workshops.create(WorkshopPlan.template("Restart", WorkshopMode.ONLINE, null)));
			String code = SignIn.run(facilitator, () -> workshops.snapshot(id)).joinCode();
			ann = participation.join(code,
					new JoinRequest("Ann", partners.get(0), Profession.NURSE, SeniorityBand.FRONTLINE));
			bo = participation.join(code,
					new JoinRequest("Bo", partners.get(1), Profession.DOCTOR, SeniorityBand.SENIOR_LEADER));
			cy = participation.join(code,
					new JoinRequest("Cy", partners.get(2), Profession.SOCIAL_WORK, SeniorityBand.MANAGER_TEAM_LEADER));
			SignIn.run(facilitator, () -> {
				workshops.start(id);
				workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS);
			});
			participation.writePostIt(bo.token(), 1, "Different systems in every partner");
			SignIn.run(facilitator, () -> {
				workshops.openStage(id, Stage.TIME_TO_THINK);
				workshops.startRound(id, "What gets in the way?",
						List.of(ann.participant(), bo.participant(), cy.participant()), 120);
				workshops.inviteNext(id);
			});
			participation.pass(ann.token());
			SignIn.run(facilitator, () -> workshops.inviteNext(id));
			before = SignIn.run(facilitator, () -> workshops.snapshot(id));
		}
		try (ConfigurableApplicationContext second = start(url)) {
			WorkshopService workshops = second.getBean(WorkshopService.class);
			WorkshopParticipation participation = second.getBean(WorkshopParticipation.class);
			WorkshopSnapshot after = SignIn.run(facilitator, () -> workshops.snapshot(id));
			assertThat(after).isEqualTo(before);
			assertThat(after.round().orElseThrow().speaker()).contains(bo.participant());
			assertThat(participation.rejoin(after.joinCode(), bo.token())).contains(bo.participant());
			assertThat(participation.screen(bo.token()).round().orElseThrow().myTurn()).isTrue();
			participation.finishedSpeaking(bo.token());
			SignIn.run(facilitator, () -> workshops.inviteNext(id));
			participation.finishedSpeaking(cy.token());
			WorkshopSnapshot comeBack = SignIn.run(facilitator, () -> workshops.inviteNext(id));
			assertThat(comeBack.round().orElseThrow().speaker()).contains(ann.participant());
			assertThat(comeBack.round().orElseThrow().comingBack()).isTrue();
			assertThat(comeBack.postIts()).extracting(WorkshopSnapshot.PostIt::text)
				.containsExactly("Different systems in every partner");
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(ThreefoldApplication.class)
			.properties("spring.datasource.url=" + url, "server.port=0", "threefold.demo.enabled=true",
					"threefold.scheduling.enabled=false")
			.run();
	}

}
