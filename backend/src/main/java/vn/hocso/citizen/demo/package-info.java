/** Demo data of the citizen module, for the demo scenario (profiles demo and test). */
@NullMarked
@NamedInterface("demo")
package vn.hocso.citizen.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
