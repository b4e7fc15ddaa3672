/** Demo data of the training module (profile demo), from {@code seed-data/training/}. */
@NullMarked
package vn.hocso.training.demo;

import org.jspecify.annotations.NullMarked;
