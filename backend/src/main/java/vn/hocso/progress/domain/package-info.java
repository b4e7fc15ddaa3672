@NullMarked
package vn.hocso.progress.domain;

import org.jspecify.annotations.NullMarked;
