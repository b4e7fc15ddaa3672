@NullMarked
package vn.hocso.openlearning.web;

import org.jspecify.annotations.NullMarked;
