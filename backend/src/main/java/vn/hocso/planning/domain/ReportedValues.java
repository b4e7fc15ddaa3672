package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.storage.FileStore;
import vn.hocso.platform.storage.Storage;

/**
 * Values of REPORTED indicators: a unit enters one with its evidence (a PDF), a verifier
 * or admin accepts or rejects it; every step is audited, and only accepted values count.
 */
@Service
@Transactional
public class ReportedValues {

	private final ReportedValueRepository values;

	private final PlanningService planning;

	private final OrgScopes scopes;

	private final CurrentCaller caller;

	private final PlanningAudit audit;

	private final PlanningProperties properties;

	private final Clock clock;

	/**
	 * Evidence PDFs by their SHA-256 ({@code <sha256>.pdf}) in the storage area
	 * {@code planning/evidence}.
	 */
	private final FileStore evidence;

	ReportedValues(ReportedValueRepository values, PlanningService planning, OrgScopes scopes, CurrentCaller caller,
			PlanningAudit audit, PlanningProperties properties, Clock clock, Storage storage) {
		this.evidence = storage.area("planning/evidence", properties.evidenceDir());
		this.values = values;
		this.planning = planning;
		this.scopes = scopes;
		this.caller = caller;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	public ReportedValue submit(long planId, long indicatorId, long unitId, BigDecimal value, LocalDate asOf) {
		Indicator indicator = planning.indicator(planId, indicatorId);
		if (indicator.getKind() != IndicatorKind.REPORTED) {
			throw ProblemException.conflict("reported-value.measured-indicator", indicator.getName());
		}
		if (value.signum() < 0) {
			throw ProblemException.badRequest("reported-value.negative", value);
		}
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		ReportedValue reported = values.save(new ReportedValue(indicatorId, unit.id(), unit.path(), value, asOf,
				caller.get().username(), clock.instant()));
		audit.record("REPORTED_VALUE", reported.getId(), "SUBMITTED", caller.get().username(),
				unit.code() + " " + value.toPlainString() + " @ " + asOf);
		return reported;
	}

	public ReportedValue attachEvidence(long planId, long valueId, String filename, byte[] content) {
		ReportedValue reported = require(planId, valueId);
		if (content.length > properties.maxEvidenceSize().toBytes()) {
			throw ProblemException.badRequest("reported-value.evidence-too-large", properties.maxEvidenceSize());
		}
		if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
			throw ProblemException.badRequest("reported-value.evidence-not-pdf", filename);
		}
		String sha256 = sha256(content);
		if (!evidence.exists(sha256 + ".pdf")) {
			evidence.put(sha256 + ".pdf", content, "application/pdf");
		}
		reported.attachEvidence(sha256, filename);
		audit.record("REPORTED_VALUE", valueId, "EVIDENCE", caller.get().username(), filename + " " + sha256);
		return reported;
	}

	public ReportedValue decide(long planId, long valueId, boolean accept) {
		ReportedValue reported = require(planId, valueId);
		reported.decide(accept, caller.get().username(), clock.instant());
		audit.record("REPORTED_VALUE", valueId, accept ? "ACCEPTED" : "REJECTED", caller.get().username(), null);
		return reported;
	}

	@Transactional(readOnly = true)
	public List<ReportedValue> of(long planId, long indicatorId) {
		planning.indicator(planId, indicatorId);
		return values.findByIndicatorIdOrderByReportedAtDesc(indicatorId)
			.stream()
			.filter(value -> scopes.current().covers(value.getUnitPath()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PlanningAuditEntry> history(long planId, long valueId) {
		require(planId, valueId);
		return audit.of("REPORTED_VALUE", valueId);
	}

	private ReportedValue require(long planId, long valueId) {
		ReportedValue reported = values.findById(valueId)
			.orElseThrow(() -> ProblemException.notFound("reported-value.not-found", valueId));
		planning.indicator(planId, reported.getIndicatorId());
		if (!scopes.current().covers(reported.getUnitPath())) {
			throw ProblemException.forbidden("org-unit.out-of-scope", reported.getUnitId());
		}
		return reported;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
