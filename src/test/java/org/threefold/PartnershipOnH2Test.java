package org.threefold;

import org.springframework.boot.test.context.SpringBootTest;

/** The partnership contract on the embedded default database. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:partnership-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true" })
class PartnershipOnH2Test extends PartnershipContract {

}
