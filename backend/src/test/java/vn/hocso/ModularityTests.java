package vn.hocso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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
		assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
	}

	/**
	 * The README shows this diagram; when a module or a dependency changes, the README
	 * must too.
	 */
	@Test
	void readmeShowsTheCurrentModuleDiagram() throws IOException {
		String diagram = mermaidDiagram();
		Files.writeString(Path.of("target/spring-modulith-docs/modules.mmd"), diagram);

		String readme = Files.readString(Path.of("../README.md"));
		assertThat(readme).as("README's architecture diagram (regenerated in target/spring-modulith-docs/modules.mmd)")
			.contains("```mermaid\n" + diagram + "```");
	}

	/**
	 * One line per module, its dependencies joined with Mermaid's "&", so the diagram
	 * stays short.
	 */
	private String mermaidDiagram() {
		String edges = modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getIdentifier))
			.map(module -> module.getIdentifier() + " --> "
					+ module.getDirectDependencies(modules)
						.uniqueModules()
						.map(target -> target.getIdentifier().toString())
						.distinct()
						.sorted()
						.collect(Collectors.joining(" & ")))
			.filter(line -> !line.endsWith(" --> "))
			.map(line -> "  " + line)
			.collect(Collectors.joining("\n"));
		return "flowchart LR\n" + edges + "\n";
	}

}
