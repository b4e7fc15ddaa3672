/**
 * Account sheets that trainers print and hand out: a workbook and a printable PDF per
 * unit.
 */
@NullMarked
package vn.hocso.account.document;

import org.jspecify.annotations.NullMarked;
