/**
 * Demo data of the quiz module: the demo bank, and a demo learner passing the final quiz
 * (profile demo).
 */
@NullMarked
@NamedInterface("demo")
package vn.hocso.quiz.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
