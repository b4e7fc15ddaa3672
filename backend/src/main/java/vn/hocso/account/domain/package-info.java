@NullMarked
package vn.hocso.account.domain;

import org.jspecify.annotations.NullMarked;
