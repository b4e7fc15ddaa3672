/** Learners: the registry, their details and their history. */
@NullMarked
package vn.hocso.learner.domain;

import org.jspecify.annotations.NullMarked;
