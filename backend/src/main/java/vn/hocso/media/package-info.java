/**
 * Media (tệp bài giảng): videos and handouts stored by the SHA-256 of their bytes,
 * checked from their bytes at upload, served with HTTP ranges to staff and to learners of
 * a course that shows them.
 */
@NullMarked
package vn.hocso.media;

import org.jspecify.annotations.NullMarked;
