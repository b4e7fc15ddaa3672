@NullMarked
package vn.hocso.dashboard.web;

import org.jspecify.annotations.NullMarked;
