/** HTTP edge of the organization module. */
@NullMarked
package vn.hocso.organization.web;

import org.jspecify.annotations.NullMarked;
