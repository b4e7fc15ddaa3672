/**
 * Trainer dashboard (bảng theo dõi): per class and per wave, each learner's pace (not
 * started, in progress, behind, overdue, completed), lectures completed and study minutes
 * per day, aggregated per unit for unit admins; exported to .xlsx.
 */
@NullMarked
package vn.hocso.dashboard;

import org.jspecify.annotations.NullMarked;
