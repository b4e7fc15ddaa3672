@NullMarked
package vn.hocso.progress.web;

import org.jspecify.annotations.NullMarked;
