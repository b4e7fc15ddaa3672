/** Exams, their populations, candidates and results. */
@NullMarked
package vn.hocso.exam.domain;

import org.jspecify.annotations.NullMarked;
