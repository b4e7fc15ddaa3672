/** HTTP edge of the task module. */
@NullMarked
package vn.hocso.task.web;

import org.jspecify.annotations.NullMarked;
