/** HTTP edge of the exam module. */
@NullMarked
package vn.hocso.exam.web;

import org.jspecify.annotations.NullMarked;
