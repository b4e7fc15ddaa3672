@NullMarked
package vn.hocso.course.web;

import org.jspecify.annotations.NullMarked;
