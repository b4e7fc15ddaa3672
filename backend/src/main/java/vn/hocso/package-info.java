/**
 * Học Số: the application's root; each direct sub-package is one business module (Spring
 * Modulith).
 */
@NullMarked
package vn.hocso;

import org.jspecify.annotations.NullMarked;
