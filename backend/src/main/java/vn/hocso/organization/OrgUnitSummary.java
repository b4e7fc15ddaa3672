package vn.hocso.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. */
public record OrgUnitSummary(long id, String code, String name, OrgUnitType type, OrgUnitStatus status, String path,
		@Nullable Long parentId, LocalDate validFrom, @Nullable LocalDate validTo) {
}
