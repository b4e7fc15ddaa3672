@NullMarked
package vn.hocso.media.web;

import org.jspecify.annotations.NullMarked;
