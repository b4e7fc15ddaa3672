package vn.hocso.quiz.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * When a wave's learners may start the final quiz: from {@code opensAt} (until
 * {@code closesAt}, if set). For a very large wave a stagger spreads the starts: each
 * enrolment gets its own start, up to {@code staggerMinutes} after the opening, fixed by
 * a hash of its id (the same on every request and node, and uniform over the wave), so
 * 4,500 learners do not all press "start" in the same second.
 */
@Entity
@Table(name = "quiz_window")
public class QuizWindow {

	/** How the refusals state a time: Vietnam's clock, as learners read it. */
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(VietnamTime.ZONE);

	@Id
	@Column(name = "wave_id")
	private long waveId;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at")
	private @Nullable Instant closesAt;

	@Column(name = "stagger_minutes", nullable = false)
	private int staggerMinutes;

	@Version
	private @Nullable Long version;

	protected QuizWindow() {
		this.opensAt = Instant.EPOCH;
	}

	public QuizWindow(long waveId, Instant opensAt, @Nullable Instant closesAt, int staggerMinutes) {
		this.waveId = waveId;
		this.opensAt = Instant.EPOCH;
		change(opensAt, closesAt, staggerMinutes);
	}

	public final void change(Instant opensAt, @Nullable Instant closesAt, int staggerMinutes) {
		if (staggerMinutes < 0 || staggerMinutes > 24 * 60) {
			throw ProblemException.badRequest("quiz.window-stagger-invalid", staggerMinutes);
		}
		if (closesAt != null && !closesAt.isAfter(opensAt.plus(Duration.ofMinutes(staggerMinutes)))) {
			throw ProblemException.badRequest("quiz.window-closes-too-early");
		}
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.staggerMinutes = staggerMinutes;
	}

	/** The moment this enrolment may start: the opening plus its share of the stagger. */
	public Instant startsAtFor(long enrolmentId) {
		if (staggerMinutes == 0) {
			return opensAt;
		}
		long spread = staggerMinutes * 60L + 1;
		return opensAt.plusSeconds(Math.floorMod(hash(waveId, enrolmentId), spread));
	}

	/**
	 * Refuses a start before this enrolment's own start time or after the window closed.
	 */
	public void requireOpenFor(long enrolmentId, Instant now) {
		Instant startsAt = startsAtFor(enrolmentId);
		if (now.isBefore(startsAt)) {
			throw ProblemException.conflict("quiz.not-open-yet", SHOWN.format(startsAt));
		}
		if (closesAt != null && !now.isBefore(closesAt)) {
			throw ProblemException.conflict("quiz.window-closed", SHOWN.format(closesAt));
		}
	}

	public boolean isOpenFor(long enrolmentId, Instant now) {
		return !now.isBefore(startsAtFor(enrolmentId)) && (closesAt == null || now.isBefore(closesAt));
	}

	private static long hash(long waveId, long enrolmentId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((waveId + ":" + enrolmentId).getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public long getWaveId() {
		return waveId;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public @Nullable Instant getClosesAt() {
		return closesAt;
	}

	public int getStaggerMinutes() {
		return staggerMinutes;
	}

}
