package vn.hocso.account.domain;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Why one learner's account could not be issued, as a code the web layer words in
 * Vietnamese and English ({@code account.issuance-failure.<code>}). Keycloak's own text
 * (English, technical) stays in the log.
 */
public enum IssuanceFailure {

	/**
	 * Keycloak's user profile refused the name (a character outside the realm's name
	 * pattern).
	 */
	NAME_REFUSED("name-refused"),
	/** Keycloak refused the user for another reason (attribute, username). */
	REFUSED("refused"),
	/** Keycloak could not be reached or failed; issuing again later retries. */
	UNAVAILABLE("unavailable"),
	/** The learner was removed from the registry between the request and the run. */
	LEARNER_MISSING("learner-missing");

	private final String code;

	IssuanceFailure(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	static IssuanceFailure of(RuntimeException ex) {
		if (ex instanceof HttpClientErrorException client) {
			String body = client.getResponseBodyAsString();
			return body.contains("person-name") || body.contains("firstName") || body.contains("lastName")
					? NAME_REFUSED : REFUSED;
		}
		if (ex instanceof HttpServerErrorException || ex instanceof ResourceAccessException) {
			return UNAVAILABLE;
		}
		return REFUSED;
	}

}
