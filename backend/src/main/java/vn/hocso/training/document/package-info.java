/** Attendance sheets of a class, rendered as a printable PDF and a workbook. */
@NullMarked
package vn.hocso.training.document;

import org.jspecify.annotations.NullMarked;
