/** Demo profile: the IT officers' exam from seed-data/exams/. */
@NullMarked
package vn.hocso.exam.demo;

import org.jspecify.annotations.NullMarked;
