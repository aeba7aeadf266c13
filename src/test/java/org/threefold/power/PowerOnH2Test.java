package org.threefold.power;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:power-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class PowerOnH2Test extends PowerContract {

}
