/** Demo profile: the training plans from seed-data/. */
@NullMarked
package vn.hocso.planning.demo;

import org.jspecify.annotations.NullMarked;
