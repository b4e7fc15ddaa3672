@NullMarked
package vn.hocso.citizen.domain;

import org.jspecify.annotations.NullMarked;
