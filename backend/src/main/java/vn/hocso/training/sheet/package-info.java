@NullMarked
package vn.hocso.training.sheet;

import org.jspecify.annotations.NullMarked;
