/**
 * HTML → PDF rendering that fetches nothing: only data: URIs and the fonts the renderers
 * bundle.
 */
@NullMarked
package vn.hocso.platform.pdf;

import org.jspecify.annotations.NullMarked;
