/**
 * The demo scenario (profile demo): once the demo course is published, Diễn Châu's demo
 * learners, their accounts, a wave with classes and a trainer, progress and a passed
 * quiz, each step through the owning module's {@code demo} interface, idempotently.
 */
@NullMarked
package vn.hocso.demo;

import org.jspecify.annotations.NullMarked;
