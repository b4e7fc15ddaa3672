/**
 * Courses (khóa học): ordered video lectures with handouts, a completion policy, and
 * versions frozen on publishing so that running enrolments keep what they started with.
 */
@NullMarked
package vn.hocso.course;

import org.jspecify.annotations.NullMarked;
