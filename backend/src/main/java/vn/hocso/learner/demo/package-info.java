/** Demo data of the learner module, for the demo scenario (profile demo). */
@NullMarked
@NamedInterface("demo")
package vn.hocso.learner.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
