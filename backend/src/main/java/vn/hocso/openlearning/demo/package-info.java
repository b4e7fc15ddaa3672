@NullMarked
package vn.hocso.openlearning.demo;

import org.jspecify.annotations.NullMarked;
