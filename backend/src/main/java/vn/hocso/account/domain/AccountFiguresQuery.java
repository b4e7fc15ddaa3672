package vn.hocso.account.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountFigures;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.Chunks;

@Service
@Transactional(readOnly = true)
class AccountFiguresQuery implements AccountFigures {

	private static final Set<AccountStatus> USABLE = EnumSet.of(AccountStatus.ISSUED, AccountStatus.ACTIVATED);

	private final LearnerAccountRepository accounts;

	private final LearnerDirectory learners;

	AccountFiguresQuery(LearnerAccountRepository accounts, LearnerDirectory learners) {
		this.accounts = accounts;
		this.learners = learners;
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> usableAccountsByUnitAndCategory(String unitPathPrefix) {
		Map<Long, LearnerSummary> active = learners.findActiveInSubtree(unitPathPrefix)
			.stream()
			.collect(Collectors.toMap(LearnerSummary::id, Function.identity()));
		Map<Long, Map<LearnerCategory, Long>> byUnit = new HashMap<>();
		List<LearnerAccount> held = Chunks.of(active.keySet(), Chunks.IN_CLAUSE_SIZE)
			.stream()
			.flatMap(chunk -> accounts.findByLearnerIdIn(chunk).stream())
			.toList();
		for (LearnerAccount account : held) {
			if (USABLE.contains(account.getStatus())) {
				LearnerSummary learner = Objects.requireNonNull(active.get(account.getLearnerId()),
						"accounts are read for these learners");
				byUnit.computeIfAbsent(learner.unitId(), unit -> new EnumMap<>(LearnerCategory.class))
					.merge(learner.category(), 1L, Long::sum);
			}
		}
		return byUnit;
	}

}
