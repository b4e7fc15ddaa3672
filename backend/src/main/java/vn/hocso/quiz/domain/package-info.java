/** Question banks, quiz policies and attempts. */
@NullMarked
package vn.hocso.quiz.domain;

import org.jspecify.annotations.NullMarked;
