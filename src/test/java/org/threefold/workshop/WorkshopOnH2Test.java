package org.threefold.workshop;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:workshops-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class WorkshopOnH2Test extends WorkshopContract {

}
