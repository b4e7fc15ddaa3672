/**
 * Demo data of the progress module: lectures watched and study time as if played (profile
 * demo).
 */
@NullMarked
@NamedInterface("demo")
package vn.hocso.progress.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
