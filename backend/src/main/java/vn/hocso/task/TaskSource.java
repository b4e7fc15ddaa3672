package vn.hocso.task;

import java.util.List;

import vn.hocso.identity.Role;

/**
 * Work of one role that a module counts for the current caller. Implemented inside the
 * module that owns the data, so that this module depends on none of them; called only for
 * a caller who holds {@link #role()}, inside the request (the module's own scoping
 * applies).
 */
public interface TaskSource {

	Role role();

	List<Task> tasks();

}
