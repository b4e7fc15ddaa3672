@NullMarked
package vn.hocso.calendar.domain;

import org.jspecify.annotations.NullMarked;
