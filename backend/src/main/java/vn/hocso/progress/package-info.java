/**
 * Honest progress (tiến độ học): watched intervals per lecture from player heartbeats,
 * lecture completion at the course's threshold, and study minutes per learner per Vietnam
 * calendar day.
 */
@NullMarked
package vn.hocso.progress;

import org.jspecify.annotations.NullMarked;
