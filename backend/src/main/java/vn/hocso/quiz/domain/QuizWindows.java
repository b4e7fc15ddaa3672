package vn.hocso.quiz.domain;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * A wave's opening window for the final quiz; without one, learners start whenever they
 * are ready.
 */
@Service
@Transactional
public class QuizWindows {

	private final QuizWindowRepository windows;

	private final EnrolmentDirectory enrolments;

	private final DrawableBanks drawable;

	private final AccessPolicy access;

	QuizWindows(QuizWindowRepository windows, EnrolmentDirectory enrolments, DrawableBanks drawable,
			AccessPolicy access) {
		this.access = access;
		this.windows = windows;
		this.drawable = drawable;
		this.enrolments = enrolments;
	}

	@Transactional(readOnly = true)
	public Optional<QuizWindow> of(long waveId) {
		WaveRef wave = enrolments.findWave(waveId)
			.orElseThrow(() -> ProblemException.notFound("wave.not-found", waveId));
		access.requireWave(ScopedAction.WAVE_READ, wave.unitPaths());
		return windows.findById(waveId);
	}

	public QuizWindow set(long waveId, Instant opensAt, @Nullable Instant closesAt, int staggerMinutes) {
		requireWave(waveId);
		drawable.forgetWave(waveId);
		QuizWindow window = windows.findById(waveId).orElse(null);
		if (window == null) {
			return windows.save(new QuizWindow(waveId, opensAt, closesAt, staggerMinutes));
		}
		window.change(opensAt, closesAt, staggerMinutes);
		return window;
	}

	public void remove(long waveId) {
		requireWave(waveId);
		drawable.forgetWave(waveId);
		windows.deleteById(waveId);
	}

	private void requireWave(long waveId) {
		if (enrolments.findWave(waveId).isEmpty()) {
			throw ProblemException.notFound("wave.not-found", waveId);
		}
	}

}
