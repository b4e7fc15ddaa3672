/**
 * Pieces the demo-data loaders of several modules share: the ffmpeg title-card videos and
 * the loader's own sign-in. Used only under the {@code demo} profile.
 */
@NullMarked
package vn.hocso.platform.demo;

import org.jspecify.annotations.NullMarked;
