package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hocso.account.AccountModuleTest;
import vn.hocso.identity.KeycloakUserAdmin;

/**
 * Unused activation codes run out: the account is disabled; a used one is recognised as
 * activated.
 */
@AccountModuleTest
class CodeExpiryTests {

	@Autowired
	LearnerAccountService service;

	@Autowired
	LearnerAccountRepository accounts;

	@Autowired
	KeycloakUserAdmin keycloak;

	@Test
	void unusedCodePastItsExpiryDisablesTheAccount() {
		LearnerAccount account = accounts
			.save(issued(9_000_001L, "kc-unused", Instant.now().minus(Duration.ofDays(1))));
		when(keycloak.hasActivated("kc-unused")).thenReturn(false);

		service.expireUnusedCodes();

		verify(keycloak).setEnabled("kc-unused", false);
		assertThat(accounts.findByLearnerId(account.getLearnerId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.EXPIRED);
	}

	@Test
	void codeReplacedByTheLearnersPasswordMarksTheAccountActivated() {
		LearnerAccount account = accounts.save(issued(9_000_002L, "kc-used", Instant.now().minus(Duration.ofDays(1))));
		when(keycloak.hasActivated("kc-used")).thenReturn(true);

		service.expireUnusedCodes();

		verify(keycloak, never()).setEnabled("kc-used", false);
		assertThat(accounts.findByLearnerId(account.getLearnerId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.ACTIVATED);
	}

	@Test
	void codeStillValidIsLeftAlone() {
		LearnerAccount account = accounts.save(issued(9_000_003L, "kc-fresh", Instant.now().plus(Duration.ofDays(3))));

		service.expireUnusedCodes();

		verify(keycloak, never()).hasActivated("kc-fresh");
		assertThat(accounts.findByLearnerId(account.getLearnerId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.ISSUED);
	}

	private static LearnerAccount issued(long learnerId, String keycloakId, Instant expiresAt) {
		return new LearnerAccount(learnerId, "user" + learnerId, keycloakId, "/1/", Instant.now(), "test", expiresAt);
	}

}
