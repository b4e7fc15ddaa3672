package vn.hocso.platform.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the list of unsafe secrets as the start-up failure, without a stack trace. */
public class UnsafeSecretsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSecretsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecretsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set each secret listed above (environment variables or an application-*.yml outside the jar); "
						+ "see docs/security.md. The demo profile (--spring.profiles.active=demo) uses the "
						+ "published demo values and must never serve real data.",
				cause);
	}

}
