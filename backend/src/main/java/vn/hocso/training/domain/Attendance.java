package vn.hocso.training.domain;

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
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A participant's attendance at one session: one row per (session, participant), unique
 * in the database, so that a batch replayed from a phone or sent to two nodes never
 * counts twice. The mark taken last on the device wins, whatever order the marks reach
 * the server in.
 */
@Entity
@Table(name = "training_attendance")
public class Attendance {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_attendance_seq")
	@SequenceGenerator(name = "training_attendance_seq", sequenceName = "training_attendance_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "session_id", nullable = false)
	private long sessionId;

	@Column(name = "nomination_id", nullable = false)
	private long nominationId;

	@Column(nullable = false)
	private boolean present;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "left_early", nullable = false)
	private boolean leftEarly;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AttendanceMethod method;

	@Column(name = "marked_at", nullable = false)
	private Instant markedAt;

	@Column(name = "last_client_id", length = 64)
	private @Nullable String lastClientId;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected Attendance() {
		this.method = AttendanceMethod.TEACHER;
		this.markedAt = Instant.EPOCH;
		this.recordedBy = "";
		this.recordedAt = Instant.EPOCH;
	}

	public Attendance(long sessionId, long nominationId, Mark mark, String recordedBy, Instant recordedAt) {
		this.sessionId = sessionId;
		this.nominationId = nominationId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.method = mark.method();
		this.markedAt = mark.markedAt();
		apply(mark);
	}

	/**
	 * A mark as the device took it. {@code clientId} names it, so a replay is recognised.
	 */
	public record Mark(@Nullable String clientId, boolean present, boolean late, boolean leftEarly,
			AttendanceMethod method, Instant markedAt) {
	}

	/**
	 * Takes a later mark; ignores a replay and a mark taken before the one stored (an
	 * offline phone syncing old taps after a QR check-in). True when the row changed.
	 */
	public boolean update(Mark mark, String by, Instant now) {
		if (mark.clientId() != null && mark.clientId().equals(lastClientId)) {
			return false;
		}
		if (mark.markedAt().isBefore(markedAt)) {
			return false;
		}
		apply(mark);
		this.method = mark.method();
		this.markedAt = mark.markedAt();
		this.recordedBy = by;
		this.recordedAt = now;
		return true;
	}

	private void apply(Mark mark) {
		this.present = mark.present();
		this.late = mark.present() && mark.late();
		this.leftEarly = mark.present() && mark.leftEarly();
		this.lastClientId = mark.clientId();
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public long getSessionId() {
		return sessionId;
	}

	public long getNominationId() {
		return nominationId;
	}

	public boolean isPresent() {
		return present;
	}

	public boolean isLate() {
		return late;
	}

	public boolean isLeftEarly() {
		return leftEarly;
	}

	public AttendanceMethod getMethod() {
		return method;
	}

	public Instant getMarkedAt() {
		return markedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
