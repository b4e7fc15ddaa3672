@NullMarked
package vn.hocso.certificate.document;

import org.jspecify.annotations.NullMarked;
