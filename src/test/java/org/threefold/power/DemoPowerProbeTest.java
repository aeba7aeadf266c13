package org.threefold.power;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.actionplan.ActionPlanService;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.support.SignIn;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:probe-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class DemoPowerProbeTest {

	@Autowired
	PowerService power;

	@Autowired
	ActionPlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void probe() {
		long ics = this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class);
		long id = this.jdbc.queryForObject("select id from assessment where status = 'CLOSED'", Long.class);
		SignIn.run(SignIn.as(Role.ICS_LEADER, new IcsId(ics), null), () -> {
			for (RaterGrouping g : RaterGrouping.values()) {
				PowerMaps maps = this.power.maps(new AssessmentId(id), g);
				maps.matrices().forEach((m) -> System.out.println(HeatmapPicture.altText(m.heatmap())));
				maps.matrices().forEach((m) -> System.out.println(m.selfViews() + "\n" + m.asymmetries()));
				System.out.println(HeatmapPicture.altText(maps.shares().heatmap()));
			}
			this.plans.plan().actions().forEach(System.out::println);
			return null;
		});
	}

}
