/**
 * The learner registry: the officials (and later citizens) who study, their unit and
 * category, with history as they move and leave. Other modules use
 * {@link vn.hocso.learner.LearnerDirectory}.
 */
@NullMarked
package vn.hocso.learner;

import org.jspecify.annotations.NullMarked;
