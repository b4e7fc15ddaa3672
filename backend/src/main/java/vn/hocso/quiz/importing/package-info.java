/** Question-bank imports: GIFT, Moodle XML and spreadsheets. */
@NullMarked
package vn.hocso.quiz.importing;

import org.jspecify.annotations.NullMarked;
