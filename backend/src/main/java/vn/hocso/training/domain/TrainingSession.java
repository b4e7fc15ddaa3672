package vn.hocso.training.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * A half-day session of a class. Its secret, stored with it, keys the rotating QR code so
 * that every app node shows and accepts the same code without sharing memory.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

	/** Check-in opens this long before a session starts. */
	static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(30);

	/** Arriving later than this after the start counts as late. */
	static final Duration LATE_AFTER = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
	@SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "class_id", nullable = false)
	private long classId;

	@Column(name = "day_number", nullable = false)
	private int dayNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SessionPart part;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "qr_secret", nullable = false, length = 64)
	private String qrSecret;

	protected TrainingSession() {
		this.part = SessionPart.MORNING;
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.qrSecret = "";
	}

	public TrainingSession(long classId, int dayNumber, SessionPart part, Instant startsAt, Instant endsAt,
			String qrSecret) {
		this.classId = classId;
		this.dayNumber = dayNumber;
		this.part = part;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.qrSecret = qrSecret;
	}

	/** Fails unless participants may check themselves in now. */
	public void requireCheckInOpen(Instant now) {
		if (now.isBefore(startsAt.minus(CHECK_IN_OPENS_BEFORE)) || now.isAfter(endsAt)) {
			throw ProblemException.conflict("training.check-in-closed", startsAt.toString(), endsAt.toString());
		}
	}

	/** Moves the session (a changed timetable); its attendance stays. */
	public void reschedule(Instant newStart, Instant newEnd) {
		if (!newEnd.isAfter(newStart)) {
			throw ProblemException.badRequest("training.session-ends-before-start", newStart.toString(),
					newEnd.toString());
		}
		this.startsAt = newStart;
		this.endsAt = newEnd;
	}

	public boolean isLateAt(Instant arrival) {
		return arrival.isAfter(startsAt.plus(LATE_AFTER));
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public long getClassId() {
		return classId;
	}

	public int getDayNumber() {
		return dayNumber;
	}

	public SessionPart getPart() {
		return part;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	String getQrSecret() {
		return qrSecret;
	}

}
