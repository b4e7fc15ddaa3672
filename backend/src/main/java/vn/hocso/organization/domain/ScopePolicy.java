package vn.hocso.organization.domain;

import java.util.List;
import java.util.Optional;

import vn.hocso.identity.Caller;
import vn.hocso.identity.Role;
import vn.hocso.organization.OrgUnitType;

/**
 * Which subtree a caller may see. The province's operators (ADMIN, the IT centre), its
 * reporters (Sở TTTT, UBND tỉnh) and its verifier (Sở Nội vụ) work across the whole
 * province, wherever their own account is attached; everyone else sees the unit they
 * belong to and what lies below it.
 */
public final class ScopePolicy {

	private ScopePolicy() {
	}

	/**
	 * @param own the caller's unit
	 * @param ancestorsRootFirst the units from the root down to {@code own}, inclusive
	 */
	public static OrgUnit scopeRoot(Caller caller, OrgUnit own, List<OrgUnit> ancestorsRootFirst) {
		if (caller.hasAny(Role.ADMIN, Role.REPORTER, Role.VERIFIER)) {
			return nearestProvince(ancestorsRootFirst).orElse(ancestorsRootFirst.getFirst());
		}
		return own;
	}

	private static Optional<OrgUnit> nearestProvince(List<OrgUnit> ancestorsRootFirst) {
		for (int i = ancestorsRootFirst.size() - 1; i >= 0; i--) {
			if (ancestorsRootFirst.get(i).getType() == OrgUnitType.PROVINCE) {
				return Optional.of(ancestorsRootFirst.get(i));
			}
		}
		return Optional.empty();
	}

}
