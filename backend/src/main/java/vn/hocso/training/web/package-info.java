@NullMarked
package vn.hocso.training.web;

import org.jspecify.annotations.NullMarked;
