/**
 * The org-unit tree (province → departments and districts → communes → community teams)
 * with its history, and the one scoping mechanism every module uses:
 * {@link vn.hocso.organization.OrgScopes}.
 */
@NullMarked
package vn.hocso.organization;

import org.jspecify.annotations.NullMarked;
