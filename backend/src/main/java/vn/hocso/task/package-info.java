/**
 * A staff member's work waiting for them (issue 14): each module that knows of some work
 * contributes a {@link vn.hocso.task.TaskSource} (declarations to verify, learners behind
 * pace, imports to finish, failed issuances…); {@code GET /api/me/tasks} gathers those of
 * the caller's roles, each already scoped to the caller's subtree by the module that
 * counts it.
 */
@NullMarked
package vn.hocso.task;

import org.jspecify.annotations.NullMarked;
