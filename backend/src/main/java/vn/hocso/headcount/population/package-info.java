/**
 * Working-age populations per commune and year (dân số trong độ tuổi lao động), with
 * their source, declared by the commune's unit and verified above it: the denominator of
 * citizen indicators.
 */
@NullMarked
package vn.hocso.headcount.population;

import org.jspecify.annotations.NullMarked;
