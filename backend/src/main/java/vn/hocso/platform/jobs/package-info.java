/** Background work once per cluster on db-scheduler. */
@NullMarked
package vn.hocso.platform.jobs;

import org.jspecify.annotations.NullMarked;
