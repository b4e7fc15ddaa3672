/**
 * Headcount declarations: how many officials of each category a unit has in a plan
 * period, as the unit declares it and Sở Nội vụ verifies it. The approved figure is the
 * denominator of completion rates; other modules read it through
 * {@link vn.hocso.headcount.VerifiedHeadcounts}.
 */
@NullMarked
package vn.hocso.headcount;

import org.jspecify.annotations.NullMarked;
