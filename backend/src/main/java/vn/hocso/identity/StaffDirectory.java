package vn.hocso.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The staff of units as people know them: their display names, for pickers and for
 * showing who does what.
 */
public interface StaffDirectory {

	/**
	 * The users with the role whose unit is one of {@code unitCodes};
	 * {@code commonPrefix} is a code every one of them contains (the subtree's root), so
	 * that the directory can narrow its search.
	 */
	List<StaffMember> withRole(Role role, String commonPrefix, Collection<String> unitCodes);

	Optional<StaffMember> find(String username);

	/**
	 * A user of the realm: username, "first last" name (the token's {@code name}) and
	 * unit code.
	 */
	record StaffMember(String username, String displayName, String unitCode) {
	}

}
