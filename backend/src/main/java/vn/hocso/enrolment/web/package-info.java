/** HTTP edge of the enrolment module. */
@NullMarked
package vn.hocso.enrolment.web;

import org.jspecify.annotations.NullMarked;
