/** Demo profile: the org-unit tree from seed-data/. */
@NullMarked
package vn.hocso.organization.demo;

import org.jspecify.annotations.NullMarked;
