/** Plan reports rendered as PDF and spreadsheet documents. */
@NullMarked
package vn.hocso.planning.report;

import org.jspecify.annotations.NullMarked;
