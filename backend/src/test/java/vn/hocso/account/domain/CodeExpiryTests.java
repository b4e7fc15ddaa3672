package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.testing.InMemoryLearners;

/**
 * Unused activation codes run out: the account is disabled; a used one is recognised as
 * activated.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(InMemoryLearners.Config.class)
class CodeExpiryTests {

	@Autowired
	LearnerAccountService service;

	@Autowired
	LearnerAccountRepository accounts;

	@MockitoBean
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
