package vn.hocso.training.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * An in-person programme (chương trình tập huấn): its classes' shape, the period they run
 * in, how many officials each unit may nominate and until when, and the completion rule.
 */
@Entity
@Table(name = "training_programme")
public class TrainingProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_programme_seq")
	@SequenceGenerator(name = "training_programme_seq", sequenceName = "training_programme_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, length = 500)
	private String name;

	@Column(name = "content_outline", nullable = false, length = 4000)
	private String contentOutline;

	@Column(name = "class_count", nullable = false)
	private int classCount;

	@Column(name = "seats_per_class", nullable = false)
	private int seatsPerClass;

	@Column(name = "days_per_class", nullable = false)
	private int daysPerClass;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(name = "nomination_limit", nullable = false)
	private int nominationLimit;

	@Column(name = "nomination_deadline", nullable = false)
	private Instant nominationDeadline;

	@Column(name = "min_sessions", nullable = false)
	private int minSessions;

	@Column(name = "target_trained", nullable = false)
	private int targetTrained;

	/**
	 * An end-of-class exam (a NAMED exam of the exam module) that completion also
	 * requires, if any.
	 */
	@Column(name = "final_exam_id")
	private @Nullable Long finalExamId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected TrainingProgramme() {
		this.name = "";
		this.contentOutline = "";
		this.periodStart = LocalDate.EPOCH;
		this.periodEnd = LocalDate.EPOCH;
		this.nominationDeadline = Instant.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	public TrainingProgramme(Shape shape, String createdBy, Instant createdAt) {
		shape.check();
		this.name = shape.name().strip();
		this.contentOutline = shape.contentOutline().strip();
		this.classCount = shape.classCount();
		this.seatsPerClass = shape.seatsPerClass();
		this.daysPerClass = shape.daysPerClass();
		this.periodStart = shape.periodStart();
		this.periodEnd = shape.periodEnd();
		this.nominationLimit = shape.nominationLimit();
		this.nominationDeadline = shape.nominationDeadline();
		this.minSessions = shape.minSessions();
		this.targetTrained = shape.targetTrained();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** What an ADMIN states when opening a programme. */
	public record Shape(String name, String contentOutline, int classCount, int seatsPerClass, int daysPerClass,
			LocalDate periodStart, LocalDate periodEnd, int nominationLimit, Instant nominationDeadline,
			int minSessions, int targetTrained) {

		void check() {
			if (periodEnd.isBefore(periodStart)) {
				throw ProblemException.badRequest("training.period-reversed", periodStart, periodEnd);
			}
			// Two sessions (morning and afternoon) a day: the rule cannot ask for more
			// than there are.
			if (minSessions > daysPerClass * SessionPart.values().length) {
				throw ProblemException.badRequest("training.min-sessions-too-high", minSessions,
						daysPerClass * SessionPart.values().length);
			}
		}
	}

	/**
	 * Fails unless a unit may still nominate: before the deadline and under the per-unit
	 * limit.
	 */
	public void requireNominationAllowed(Instant now, long alreadyNominatedByUnit) {
		if (!now.isBefore(nominationDeadline)) {
			throw ProblemException.conflict("training.nomination-closed", nominationDeadline.toString());
		}
		if (alreadyNominatedByUnit >= nominationLimit) {
			throw ProblemException.conflict("training.nomination-limit", nominationLimit);
		}
	}

	public void requireBeforeDeadline(Instant now) {
		if (!now.isBefore(nominationDeadline)) {
			throw ProblemException.conflict("training.nomination-closed", nominationDeadline.toString());
		}
	}

	/** The completion rule: at least this many sessions attended. */
	public boolean completes(int sessionsAttended) {
		return sessionsAttended >= minSessions;
	}

	/**
	 * The completion rule with the final exam: enough sessions, and the exam passed when
	 * there is one.
	 */
	public boolean completes(int sessionsAttended, boolean finalExamPassed) {
		return completes(sessionsAttended) && (finalExamId == null || finalExamPassed);
	}

	public @Nullable Long getFinalExamId() {
		return finalExamId;
	}

	void requireFinalExam(@Nullable Long examId) {
		this.finalExamId = examId;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public String getName() {
		return name;
	}

	public String getContentOutline() {
		return contentOutline;
	}

	public int getClassCount() {
		return classCount;
	}

	public int getSeatsPerClass() {
		return seatsPerClass;
	}

	public int getDaysPerClass() {
		return daysPerClass;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public int getNominationLimit() {
		return nominationLimit;
	}

	public Instant getNominationDeadline() {
		return nominationDeadline;
	}

	public int getMinSessions() {
		return minSessions;
	}

	public int getTargetTrained() {
		return targetTrained;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
