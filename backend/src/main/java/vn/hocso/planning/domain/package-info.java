/** Plans, indicators, the progress ledger and the figures computed from it. */
@NullMarked
package vn.hocso.planning.domain;

import org.jspecify.annotations.NullMarked;
