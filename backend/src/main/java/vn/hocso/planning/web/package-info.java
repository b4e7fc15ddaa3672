/** HTTP edge of the planning module. */
@NullMarked
package vn.hocso.planning.web;

import org.jspecify.annotations.NullMarked;
