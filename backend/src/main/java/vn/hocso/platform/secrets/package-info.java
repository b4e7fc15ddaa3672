/**
 * The start-up check that no secret is missing or published outside the demo profile.
 */
@NullMarked
package vn.hocso.platform.secrets;

import org.jspecify.annotations.NullMarked;
