package org.threefold;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: no cycles, and no module reaching into another's {@code internal}
 * package. Also writes the module diagrams (target/spring-modulith-docs) that
 * docs/architecture.md is drawn from.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ThreefoldApplication.class);

	@Test
	void modules_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
		this.modules.verify();
	}

	@Test
	void module_diagrams_are_written() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
