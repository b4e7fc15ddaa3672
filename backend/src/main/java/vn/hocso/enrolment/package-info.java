/**
 * Waves (đợt học) of a course for a set of units, their classes (one trainer each) and
 * the enrolments of learners, whose 10-working-day clock starts when the learner's
 * account is issued.
 */
@NullMarked
package vn.hocso.enrolment;

import org.jspecify.annotations.NullMarked;
