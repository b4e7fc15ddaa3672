/** Enrolments, waves and classes: deadlines, status and the rules that move them. */
@NullMarked
package vn.hocso.enrolment.domain;

import org.jspecify.annotations.NullMarked;
