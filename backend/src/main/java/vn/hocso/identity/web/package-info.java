/** The caller's own identity and the public client configuration. */
@NullMarked
package vn.hocso.identity.web;

import org.jspecify.annotations.NullMarked;
