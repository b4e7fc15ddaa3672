/** HTTP edge of the learner module. */
@NullMarked
package vn.hocso.learner.web;

import org.jspecify.annotations.NullMarked;
