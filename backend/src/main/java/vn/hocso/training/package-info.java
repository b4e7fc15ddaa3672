/**
 * In-person focal-point training (tập huấn cán bộ đầu mối): programmes opened by the
 * provincial IT centre, nominations by units, classes with sessions and seats, attendance
 * taken by the teacher or by a rotating QR code, and completion, which makes the official
 * eligible to be a trainer.
 */
@NullMarked
package vn.hocso.training;

import org.jspecify.annotations.NullMarked;
