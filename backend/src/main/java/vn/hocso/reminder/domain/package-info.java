@NullMarked
package vn.hocso.reminder.domain;

import org.jspecify.annotations.NullMarked;
