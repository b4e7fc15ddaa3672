package vn.hocso.testing;

import java.time.LocalDate;

import org.springframework.test.util.ReflectionTestUtils;

import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.domain.OrgUnit;

/** Units with ids and paths as if stored, for tests that need no database. */
public final class OrgUnitFixtures {

	private OrgUnitFixtures() {
	}

	public static OrgUnit unit(long id, String code, OrgUnitType type, OrgUnit parent) {
		OrgUnit unit = new OrgUnit(code, code, type, null, LocalDate.of(2020, 1, 1));
		ReflectionTestUtils.setField(unit, "id", id);
		ReflectionTestUtils.setField(unit, "parentId", parent == null ? null : parent.getId());
		unit.placeUnder(parent);
		return unit;
	}

}
