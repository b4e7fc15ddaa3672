@NullMarked
package vn.hocso.course.domain;

import org.jspecify.annotations.NullMarked;
