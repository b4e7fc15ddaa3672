/** Plan reports rendered as PDF and spreadsheet documents. */
@NullMarked
package vn.hocso.planning.document;

import org.jspecify.annotations.NullMarked;
