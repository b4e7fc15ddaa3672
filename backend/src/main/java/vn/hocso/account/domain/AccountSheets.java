package vn.hocso.account.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.hocso.account.document.SheetLine;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * The lines of a job's account sheets: the learners it created accounts for whose code is
 * still stored (not expired, not replaced by a reset), decrypted only here, in memory.
 */
@Service
public class AccountSheets {

	private final AccountIssuanceService issuances;

	private final IssuanceItemRepository items;

	private final LearnerAccountRepository accounts;

	private final LearnerAccess learners;

	private final OrgUnitDirectory units;

	private final CodeCipher cipher;

	AccountSheets(AccountIssuanceService issuances, IssuanceItemRepository items, LearnerAccountRepository accounts,
			LearnerAccess learners, OrgUnitDirectory units, CodeCipher cipher) {
		this.issuances = issuances;
		this.items = items;
		this.accounts = accounts;
		this.learners = learners;
		this.units = units;
		this.cipher = cipher;
	}

	/**
	 * Sorted by unit, then name; only the given unit's learners (not its subtree) when
	 * unitId is set.
	 */
	public List<SheetLine> lines(long jobId, @Nullable Long unitId) {
		issuances.job(jobId);
		List<IssuanceItem> withCodes = items.findByJobIdOrderById(jobId)
			.stream()
			.filter(item -> item.getCodeCiphertext() != null)
			.filter(item -> unitId == null || item.getUnitId() == unitId)
			.toList();
		List<Long> ids = withCodes.stream().map(IssuanceItem::getLearnerId).toList();
		Map<Long, LearnerSummary> byId = learners.byId(ids);
		Map<Long, LearnerAccount> accountsById = accounts.findByLearnerIdIn(ids)
			.stream()
			.collect(Collectors.toMap(LearnerAccount::getLearnerId, Function.identity()));
		Map<Long, String> unitNames = new HashMap<>();
		return withCodes.stream()
			.flatMap(item -> Optional.ofNullable(byId.get(item.getLearnerId()))
				.map(learner -> line(item, learner, accountsById.get(item.getLearnerId()), unitNames))
				.stream())
			.sorted(Comparator.comparing(SheetLine::unitCode).thenComparing(SheetLine::fullName))
			.toList();
	}

	/** The unit a per-unit PDF is for, checked against the job. */
	public OrgUnitSummary unit(long jobId, long unitId) {
		issuances.job(jobId);
		return units.find(unitId).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
	}

	private SheetLine line(IssuanceItem item, LearnerSummary learner, @Nullable LearnerAccount account,
			Map<Long, String> unitNames) {
		String unitName = unitNames.computeIfAbsent(learner.unitId(),
				id -> units.find(id).map(OrgUnitSummary::name).orElse(learner.unitCode()));
		var validUntil = account == null || account.getCodeExpiresAt() == null ? null
				: account.getCodeExpiresAt().atZone(VietnamTime.ZONE).toLocalDate();
		return new SheetLine(learner.unitCode(), unitName, learner.fullName(), learner.dateOfBirth(),
				String.valueOf(item.getUsername()), cipher.decrypt(String.valueOf(item.getCodeCiphertext())),
				validUntil);
	}

}
