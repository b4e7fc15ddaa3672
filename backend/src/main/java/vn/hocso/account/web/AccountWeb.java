package vn.hocso.account.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.hocso.account.domain.AccountStatus;
import vn.hocso.account.domain.IssuanceItem;
import vn.hocso.account.domain.IssuanceJob;
import vn.hocso.account.domain.LearnerAccount;
import vn.hocso.account.domain.LearnerAccountService;
import vn.hocso.learner.LearnerSummary;

/** The JSON shapes of the account API. */
final class AccountWeb {

	private AccountWeb() {
	}

	/**
	 * Exactly one of the two: a unit's subtree, or listed learners (e.g. an import's).
	 */
	record IssuanceRequest(@Nullable Long unitId, @Nullable List<Long> learnerIds) {
	}

	@Schema(name = "AccountJobView")
	record JobView(long id, String selection, IssuanceJob.Status status, int total, int done, int failed,
			String requestedBy, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
			@Nullable Long retryOf) {

		static JobView of(IssuanceJob job) {
			return new JobView(job.getId(), job.getSelection(), job.getStatus(), job.getTotal(), job.getDone(),
					job.getFailed(), job.getRequestedBy(), job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(),
					job.getRetryOf());
		}

	}

	/**
	 * No activation code here: codes leave the server only on the sheets. {@code error}:
	 * the failure's code; {@code message}: the same in the caller's language, never
	 * Keycloak's text.
	 */
	record ItemView(long learnerId, @Nullable String fullName, long unitId, IssuanceItem.Status status,
			@Nullable String username, @Nullable String error, @Nullable String message) {

		static ItemView of(IssuanceItem item, @Nullable LearnerSummary learner, MessageSource messages, Locale locale) {
			String error = item.getError();
			String message = error == null ? null : messages.getMessage("account.issuance-failure." + error, null,
					messages.getMessage("account.issuance-failure.refused", null, locale), locale);
			return new ItemView(item.getLearnerId(), learner == null ? null : learner.fullName(), item.getUnitId(),
					item.getStatus(), item.getUsername(), error, message);
		}

	}

	record AccountView(long learnerId, String username, AccountStatus status, Instant issuedAt, String issuedBy,
			@Nullable Instant codeExpiresAt) {

		static AccountView of(LearnerAccount account) {
			return new AccountView(account.getLearnerId(), account.getUsername(), account.getStatus(),
					account.getIssuedAt(), account.getIssuedBy(), account.getCodeExpiresAt());
		}

	}

	/** The new code, shown once to whoever reset it. */
	record ResetView(long learnerId, String fullName, String username, String activationCode, Instant expiresAt) {

		static ResetView of(LearnerAccountService.Reset reset) {
			return new ResetView(reset.learner().id(), reset.learner().fullName(), reset.username(),
					reset.activationCode(), reset.expiresAt());
		}

	}

}
