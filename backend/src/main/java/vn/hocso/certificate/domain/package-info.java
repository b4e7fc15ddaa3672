@NullMarked
package vn.hocso.certificate.domain;

import org.jspecify.annotations.NullMarked;
