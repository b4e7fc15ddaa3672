@NullMarked
package vn.hocso.media.domain;

import org.jspecify.annotations.NullMarked;
