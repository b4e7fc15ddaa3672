@NullMarked
package vn.hocso.certificate.web;

import org.jspecify.annotations.NullMarked;
