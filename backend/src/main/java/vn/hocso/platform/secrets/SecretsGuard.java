package vn.hocso.platform.secrets;

import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the {@code demo} profile while a secret is unset or is a value
 * published in this repository. Runs once the configuration files are read and before any
 * bean exists, so that nothing (a certificate signed, an account sheet encrypted) happens
 * with a demo secret first.
 */
public class SecretsGuard implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			return;
		}
		List<String> findings = new SecretsCheck(environment, PublishedSecrets.load()).findings();
		if (!findings.isEmpty()) {
			throw new UnsafeSecretsException(findings);
		}
	}

	@Override
	public int getOrder() {
		// After the config data (application*.yml, profiles) and the random/JSON property
		// sources.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
