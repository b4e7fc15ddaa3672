package vn.hocso.citizen.demo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.hocso.citizen.domain.AssistedCitizens;
import vn.hocso.citizen.domain.CitizenService;
import vn.hocso.citizen.domain.CommunityHelpers;

/**
 * The demo citizens (their Keycloak accounts are in the demo realm file, commune
 * attribute included): registered as if each had completed the app's form. Idempotent: a
 * registered username is found.
 */
@Component
@Profile({ "demo", "test" })
public class DemoCitizens {

	private final CitizenService citizens;

	private final CommunityHelpers helpers;

	private final AssistedCitizens assisted;

	DemoCitizens(CitizenService citizens, CommunityHelpers helpers, AssistedCitizens assisted) {
		this.citizens = citizens;
		this.helpers = helpers;
		this.assisted = assisted;
	}

	/**
	 * Records the demo helper's grant for their commune (their Keycloak role is in the
	 * demo realm file).
	 */
	public void ensureHelper(long learnerId, String username, String grantedBy, Instant at) {
		helpers.recordForDemo(learnerId, username, grantedBy, at);
	}

	/**
	 * The learner id of a citizen the demo helper registered, registering them first if
	 * needed.
	 */
	public long ensureAssisted(String username, String fullName, String communeCode, int birthYear,
			@Nullable String gender, String helper, Instant at) {
		return assisted.registerForDemo(username, fullName, communeCode, birthYear, gender, helper, at);
	}

	/** The learner id of the demo citizen, registering them first if needed. */
	public long ensure(String username, String fullName, String communeCode, int birthYear, @Nullable String gender,
			@Nullable String assistedBy, Instant at) {
		return citizens.registerForDemo(username, fullName, communeCode, birthYear, gender, assistedBy, at);
	}

}
