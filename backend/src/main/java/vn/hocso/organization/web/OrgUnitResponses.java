package vn.hocso.organization.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.domain.OrgUnitChange;

/**
 * The JSON shapes of units; history descriptions are written in the caller's language.
 */
@Component
class OrgUnitResponses {

	private final MessageSource messages;

	OrgUnitResponses(MessageSource messages) {
		this.messages = messages;
	}

	@Schema(name = "OrgUnitPathElement")
	record PathElement(long id, String code, String name) {
	}

	@Schema(name = "OrgUnitHistoryEntry")
	record HistoryEntry(OrgUnitChange.Kind kind, LocalDate effectiveDate, String description, Instant recordedAt,
			String recordedBy) {
	}

	record OrgUnitNode(long id, String code, String name, OrgUnitType type, OrgUnitStatus status, LocalDate validFrom,
			@Nullable LocalDate validTo, List<OrgUnitNode> children) {
	}

	record OrgUnitDetail(long id, String code, String name, OrgUnitType type, OrgUnitStatus status,
			@Nullable Long parentId, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable Long mergedIntoId,
			List<PathElement> path, List<HistoryEntry> history) {
	}

	OrgUnitDetail detail(OrgUnit unit, List<OrgUnit> path, List<OrgUnitChange> history) {
		return new OrgUnitDetail(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), unit.getStatus(),
				unit.getParentId(), unit.getValidFrom(), unit.getValidTo(), unit.getMergedIntoId(),
				path.stream().map(u -> new PathElement(u.getId(), u.getCode(), u.getName())).toList(),
				history.stream().map(this::entry).toList());
	}

	private HistoryEntry entry(OrgUnitChange change) {
		String description = messages.getMessage(
				"org-unit.history." + change.getKind().name(), new Object[] { nullToEmpty(change.getOldValue()),
						nullToEmpty(change.getNewValue()), nullToEmpty(change.getReason()) },
				LocaleContextHolder.getLocale());
		return new HistoryEntry(change.getKind(), change.getEffectiveDate(), description, change.getRecordedAt(),
				change.getRecordedBy());
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	/**
	 * Builds nested nodes from a flat list in which parents come before their children.
	 */
	static List<OrgUnitNode> nest(List<OrgUnit> flat) {
		Map<Long, List<OrgUnitNode>> childrenOf = new LinkedHashMap<>();
		Map<Long, OrgUnitNode> nodes = new LinkedHashMap<>();
		for (OrgUnit unit : flat) {
			List<OrgUnitNode> children = new ArrayList<>();
			childrenOf.put(unit.getId(), children);
			nodes.put(unit.getId(), new OrgUnitNode(unit.getId(), unit.getCode(), unit.getName(), unit.getType(),
					unit.getStatus(), unit.getValidFrom(), unit.getValidTo(), children));
		}
		List<OrgUnitNode> roots = new ArrayList<>();
		for (OrgUnit unit : flat) {
			List<OrgUnitNode> siblings = unit.getParentId() == null ? null : childrenOf.get(unit.getParentId());
			(siblings == null ? roots : siblings).add(nodes.get(unit.getId()));
		}
		return roots;
	}

}
