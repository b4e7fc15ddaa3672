package vn.hocso.headcount.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hocso.headcount.domain.DecisionDocument;
import vn.hocso.headcount.domain.DeclarationStatus;
import vn.hocso.headcount.domain.Discrepancy;
import vn.hocso.headcount.domain.HeadcountAuditEntry;
import vn.hocso.headcount.domain.HeadcountDeclaration;
import vn.hocso.headcount.domain.UnitReconciliation;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;

@Component
class HeadcountResponses {

	private final OrgUnitDirectory units;

	private final JsonMapper json;

	private final MessageSource messages;

	HeadcountResponses(OrgUnitDirectory units, JsonMapper json, MessageSource messages) {
		this.units = units;
		this.json = json;
		this.messages = messages;
	}

	record DocumentInfo(String fileName, long size, String sha256, Instant uploadedAt) {
	}

	record DeclarationView(long id, long unitId, String unitCode, String unitName, String period, int revision,
			@Nullable Long revisionOf, DeclarationStatus status, Map<LearnerCategory, Long> counts, long total,
			@Nullable String note, @Nullable String returnReason, @Nullable DocumentInfo document, String createdBy,
			Instant createdAt, @Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String decidedBy,
			@Nullable Instant decidedAt, long version) {
	}

	record AuditEntryView(long id, HeadcountAuditEntry.Action action, String actor, Instant at,
			@Nullable JsonNode before, @Nullable JsonNode after, @Nullable String reason) {
	}

	record Figure(long declarationId, int revision, DeclarationStatus status, Map<LearnerCategory, Long> counts,
			long total) {
	}

	record DiscrepancyView(Discrepancy.Kind kind, @Nullable LearnerCategory category, @Nullable Long declared,
			@Nullable Long registered, String message) {
	}

	/**
	 * @param enrolled null until the enrolment module provides it (listed in
	 * notYetAvailable)
	 * @param accountsIssued null until the account module provides it (listed in
	 * notYetAvailable)
	 */
	record ReconciliationRow(long unitId, String unitCode, String unitName, String unitType, @Nullable Figure approved,
			@Nullable Figure pending, @Nullable Map<LearnerCategory, Long> registered,
			@Nullable Map<LearnerCategory, Long> enrolled, @Nullable Map<LearnerCategory, Long> accountsIssued,
			List<String> notYetAvailable, List<DiscrepancyView> discrepancies) {
	}

	record Reconciliation(String period, List<ReconciliationRow> units) {
	}

	DeclarationView declaration(HeadcountDeclaration d) {
		OrgUnitSummary unit = units.find(d.getUnitId()).orElseThrow();
		DecisionDocument document = d.getDocument();
		return new DeclarationView(d.getId(), d.getUnitId(), unit.code(), unit.name(), d.getPeriod(), d.getRevision(),
				d.getRevisionOf(), d.getStatus(), d.getCounts(), d.total(), d.getNote(), d.getReturnReason(),
				document == null ? null
						: new DocumentInfo(document.fileName(), document.size(), document.sha256(),
								document.uploadedAt()),
				d.getCreatedBy(), d.getCreatedAt(), d.getSubmittedBy(), d.getSubmittedAt(), d.getDecidedBy(),
				d.getDecidedAt(), d.getVersion());
	}

	AuditEntryView auditEntry(HeadcountAuditEntry entry) {
		return new AuditEntryView(entry.getId(), entry.getAction(), entry.getActor(), entry.getRecordedAt(),
				parse(entry.getBefore()), parse(entry.getAfter()), entry.getReason());
	}

	Reconciliation reconciliation(String period, List<UnitReconciliation> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		return new Reconciliation(period, rows.stream().map(row -> reconciliationRow(row, locale)).toList());
	}

	private ReconciliationRow reconciliationRow(UnitReconciliation row, Locale locale) {
		OrgUnitSummary unit = row.unit();
		return new ReconciliationRow(unit.id(), unit.code(), unit.name(), unit.type().name(), figure(row.approved()),
				figure(row.pending()), row.registered(), row.enrolled(), row.accountsIssued(), row.notYetAvailable(),
				row.discrepancies().stream().map(d -> discrepancy(d, locale)).toList());
	}

	private DiscrepancyView discrepancy(Discrepancy d, Locale locale) {
		String category = d.category() == null ? ""
				: messages.getMessage("learner.category." + d.category().name(), null, d.category().name(), locale);
		String message = messages.getMessage("headcount.discrepancy." + d.kind().name(),
				new Object[] { category, d.declared(), d.registered() }, locale);
		return new DiscrepancyView(d.kind(), d.category(), d.declared(), d.registered(), message);
	}

	private static @Nullable Figure figure(@Nullable HeadcountDeclaration d) {
		return d == null ? null : new Figure(d.getId(), d.getRevision(), d.getStatus(), d.getCounts(), d.total());
	}

	private @Nullable JsonNode parse(@Nullable String stored) {
		return stored == null ? null : json.readTree(stored);
	}

}
