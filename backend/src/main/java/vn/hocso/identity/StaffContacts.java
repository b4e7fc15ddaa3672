package vn.hocso.identity;

import java.util.List;

/**
 * Where to write to a unit's staff: the e-mail addresses of the unit's users with a role.
 */
public interface StaffContacts {

	List<String> emailsOf(String unitCode, Role role);

}
