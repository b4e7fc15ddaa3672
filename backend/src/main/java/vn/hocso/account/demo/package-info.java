/** Demo data of the account module, for the demo scenario (profile demo). */
@NullMarked
@NamedInterface("demo")
package vn.hocso.account.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
