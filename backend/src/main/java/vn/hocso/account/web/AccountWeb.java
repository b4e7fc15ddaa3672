package vn.hocso.account.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.account.domain.AccountStatus;
import vn.hocso.account.domain.IssuanceItem;
import vn.hocso.account.domain.IssuanceJob;
import vn.hocso.account.domain.LearnerAccount;
import vn.hocso.account.domain.LearnerAccountService;

/** The JSON shapes of the account API. */
final class AccountWeb {

	private AccountWeb() {
	}

	/** Exactly one of the two: a unit's subtree, or listed learners (e.g. an import's). */
	record IssuanceRequest(@Nullable Long unitId, @Nullable List<Long> learnerIds) {
	}

	record JobView(long id, String selection, String status, int total, int done, int failed, String requestedBy,
			Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

		static JobView of(IssuanceJob job) {
			return new JobView(job.getId(), job.getSelection(), job.getStatus().name(), job.getTotal(), job.getDone(),
					job.getFailed(), job.getRequestedBy(), job.getCreatedAt(), job.getStartedAt(),
					job.getFinishedAt());
		}

	}

	/** No activation code here: codes leave the server only on the sheets. */
	record ItemView(long learnerId, long unitId, String status, @Nullable String username, @Nullable String error) {

		static ItemView of(IssuanceItem item) {
			return new ItemView(item.getLearnerId(), item.getUnitId(), item.getStatus().name(), item.getUsername(),
					item.getError());
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
