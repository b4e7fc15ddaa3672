@NullMarked
package vn.hocso.openlearning.domain;

import org.jspecify.annotations.NullMarked;
