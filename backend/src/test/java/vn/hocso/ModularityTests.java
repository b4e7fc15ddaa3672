package vn.hocso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HocSoApplication.class);

	@Test
	void modulesOnlyTalkThroughTheirApis() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
