@NullMarked
package vn.hocso.calendar.web;

import org.jspecify.annotations.NullMarked;
