package vn.hocso.organization;

public enum OrgUnitStatus {

	ACTIVE, CLOSED, MERGED;

	public boolean isOpen() {
		return this == ACTIVE;
	}

}
