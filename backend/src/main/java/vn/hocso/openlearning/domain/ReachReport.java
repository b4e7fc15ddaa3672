package vn.hocso.openlearning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.openlearning.domain.QrOpens.TargetOpens;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * QR opens per commune of a unit's subtree, for staff who reach it: reach, never
 * completion.
 */
@Service
@Transactional(readOnly = true)
public class ReachReport {

	private final AccessPolicy access;

	private final OrgUnitDirectory units;

	private final QrOpens opens;

	ReachReport(AccessPolicy access, OrgUnitDirectory units, QrOpens opens) {
		this.access = access;
		this.units = units;
		this.opens = opens;
	}

	public record CommuneOpens(OrgUnitSummary commune, long opens) {
	}

	public record Report(List<CommuneOpens> communes, List<TargetOpens> byTarget) {

		public long total() {
			return communes.stream().mapToLong(CommuneOpens::opens).sum();
		}

	}

	public Report of(long unitId, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw ProblemException.badRequest("open-learning.period-invalid", from, to);
		}
		OrgUnitSummary unit = units.find(unitId)
			.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
		access.requireUnit(ScopedAction.QR_REACH, unit.path());
		List<OrgUnitSummary> communes = units.subtree(unit.path())
			.stream()
			.filter(u -> u.type() == OrgUnitType.COMMUNE)
			.toList();
		Set<Long> ids = communes.stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
		Map<Long, Long> counted = opens.byUnit(ids, from, to);
		return new Report(communes.stream().map(c -> new CommuneOpens(c, counted.getOrDefault(c.id(), 0L))).toList(),
				opens.byTarget(ids, from, to));
	}

}
