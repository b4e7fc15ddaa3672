package vn.hocso.platform.secrets;

import java.util.List;

/**
 * Thrown at start-up, outside the demo profile, when secrets are missing or published;
 * lists them all.
 */
public class UnsafeSecretsException extends IllegalStateException {

	private final List<String> findings;

	UnsafeSecretsException(List<String> findings) {
		super("Học Số will not start outside the demo profile with missing or published secrets:\n  - "
				+ String.join("\n  - ", findings));
		this.findings = List.copyOf(findings);
	}

	public List<String> findings() {
		return findings;
	}

}
