/** HTTP edge of the quiz module. */
@NullMarked
package vn.hocso.quiz.web;

import org.jspecify.annotations.NullMarked;
