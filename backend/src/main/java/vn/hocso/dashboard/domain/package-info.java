@NullMarked
package vn.hocso.dashboard.domain;

import org.jspecify.annotations.NullMarked;
