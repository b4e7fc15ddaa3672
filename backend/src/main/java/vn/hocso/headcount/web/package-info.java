@NullMarked
package vn.hocso.headcount.web;

import org.jspecify.annotations.NullMarked;
