package vn.hocso.citizen.demo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.hocso.citizen.domain.CitizenService;

/**
 * The demo citizens (their Keycloak accounts are in the demo realm file, commune attribute included):
 * registered as if each had completed the app's form. Idempotent: a registered username is found.
 */
@Component
@Profile({ "demo", "test" })
public class DemoCitizens {

	private final CitizenService citizens;

	DemoCitizens(CitizenService citizens) {
		this.citizens = citizens;
	}

	/** The learner id of the demo citizen, registering them first if needed. */
	public long ensure(String username, String fullName, String communeCode, int birthYear, @Nullable String gender,
			@Nullable String assistedBy, Instant at) {
		return citizens.registerForDemo(username, fullName, communeCode, birthYear, gender, assistedBy, at);
	}

}
