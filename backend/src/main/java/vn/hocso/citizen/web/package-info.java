@NullMarked
package vn.hocso.citizen.web;

import org.jspecify.annotations.NullMarked;
