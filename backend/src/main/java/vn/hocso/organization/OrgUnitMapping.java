package vn.hocso.organization;

import vn.hocso.organization.domain.OrgUnit;

final class OrgUnitMapping {

	private OrgUnitMapping() {
	}

	static OrgUnitSummary summary(OrgUnit unit) {
		return new OrgUnitSummary(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), unit.getStatus(),
				unit.getPath(), unit.getParentId(), unit.getValidFrom(), unit.getValidTo());
	}

}
