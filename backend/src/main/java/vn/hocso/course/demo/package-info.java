/** Demo profile: the demo courses and their handouts from seed-data/. */
@NullMarked
package vn.hocso.course.demo;

import org.jspecify.annotations.NullMarked;
