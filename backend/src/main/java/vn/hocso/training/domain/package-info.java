@NullMarked
package vn.hocso.training.domain;

import org.jspecify.annotations.NullMarked;
