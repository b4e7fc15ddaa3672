/** The Liquibase migration lock and its wait. */
@NullMarked
package vn.hocso.platform.migration;

import org.jspecify.annotations.NullMarked;
