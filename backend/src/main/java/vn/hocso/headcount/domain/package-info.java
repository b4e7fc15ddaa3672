@NullMarked
package vn.hocso.headcount.domain;

import org.jspecify.annotations.NullMarked;
