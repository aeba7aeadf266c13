package org.threefold.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.support.SignIn;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.VoiceRecord;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;
import org.threefold.workshop.WorkshopStatus;
import org.threefold.workshop.WorkshopSummary;
import org.threefold.workshop.WorkshopVoiceService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo holds a finished workshop whose voice record shows the acute trust dominating
 * and the voluntary sector under-heard, with rankings and agreed actions, and a scheduled
 * workshop ready to run.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo-workshops-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class DemoWorkshopsTest {

	@Autowired
	WorkshopService workshops;

	@Autowired
	WorkshopVoiceService voice;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_demo_has_a_finished_workshop_with_an_uneven_voice_record_and_a_scheduled_one() {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		SignedInUser facilitator = SignIn.as(Role.FACILITATOR, ics, null);
		List<WorkshopSummary> all = SignIn.run(facilitator, () -> this.workshops.list());
		assertThat(all).extracting(WorkshopSummary::status)
			.containsExactlyInAnyOrder(WorkshopStatus.FINISHED, WorkshopStatus.SCHEDULED);
		WorkshopSummary finished = all.stream()
			.filter((w) -> w.status() == WorkshopStatus.FINISHED)
			.findFirst()
			.orElseThrow();
		assertThat(finished.participants()).isEqualTo(24);
		WorkshopSnapshot snapshot = SignIn.run(facilitator, () -> this.workshops.snapshot(finished.id()));
		assertThat(snapshot.agreements()).hasSize(3);
		assertThat(snapshot.ranking().orElseThrow().submissions()).hasSize(snapshot.groups().size());
		assertThat(snapshot.postIts()).isNotEmpty();
		VoiceRecord bySector = SignIn.run(facilitator, () -> this.voice.voice(finished.id(), VoiceGrouping.SECTOR));
		VoiceRecord.VoiceShare acute = row(bySector, "ACUTE_TRUST");
		VoiceRecord.VoiceShare voluntary = row(bySector, "VOLUNTARY_COMMUNITY");
		assertThat(acute.speakingShare()).isGreaterThan(acute.roomShare() * 1.5);
		assertThat(voluntary.speakingShare()).isLessThan(voluntary.roomShare() * 0.6);
		assertThat(voluntary.passes()).isGreaterThan(0);
		assertThat(bySector.total().speakingSeconds()).isGreaterThan(3600);
	}

	private static VoiceRecord.VoiceShare row(VoiceRecord record, String key) {
		return record.rows().stream().filter((row) -> row.key().equals(key)).findFirst().orElseThrow();
	}

}
