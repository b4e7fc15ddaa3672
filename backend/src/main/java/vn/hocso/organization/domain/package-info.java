/** The org-unit tree, its changes and the scope policy. */
@NullMarked
package vn.hocso.organization.domain;

import org.jspecify.annotations.NullMarked;
