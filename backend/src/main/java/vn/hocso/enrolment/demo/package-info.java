/** Demo data of the enrolment module, for the demo scenario (profile demo). */
@NullMarked
@NamedInterface("demo")
package vn.hocso.enrolment.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
