/** Learner imports from CSV and Excel files: parsing, row checks and the report. */
@NullMarked
package vn.hocso.learner.importing;

import org.jspecify.annotations.NullMarked;
