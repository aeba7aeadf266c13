package org.threefold.scoring;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:results-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class ResultsOnH2Test extends ResultsContract {

}
