@NullMarked
package vn.hocso.reminder.web;

import org.jspecify.annotations.NullMarked;
