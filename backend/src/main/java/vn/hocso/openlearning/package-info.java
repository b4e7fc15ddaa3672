/**
 * Open learning (học liệu mở cho người dân): materials for citizens — pages, short
 * videos, PDF leaflets — grouped in topics, which anyone reads without an account, and
 * the QR posters that carry them to each commune. A QR code names its target and the
 * commune it was printed for, so opens are counted per commune and day (reach, never
 * who). Other modules read those counts through {@link vn.hocso.openlearning.QrReach}.
 */
@NullMarked
package vn.hocso.openlearning;

import org.jspecify.annotations.NullMarked;
