package vn.hocso.enrolment;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of one class (lớp): its wave, its unit path for scoping,
 * its trainer.
 */
public record ClassRef(long classId, long waveId, String name, String unitPath, @Nullable String trainerUsername) {
}
