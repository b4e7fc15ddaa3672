package vn.hocso.exam.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.ExamSittings;

/**
 * An assessment-only exam: a course's question bank, a population under a unit, a window,
 * attempts, a pass mark, questions per attempt and a time limit. It guards its own terms
 * and its window.
 */
@Entity
@Table(name = "exam")
public class Exam {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_seq")
	@SequenceGenerator(name = "exam_seq", sequenceName = "exam_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, length = 300)
	private String title;

	/** A short unique code plans name the exam by (e.g. SH-CNTT-2026); optional. */
	@Column(length = 32, unique = true)
	private @Nullable String code;

	@Column(name = "bank_course_id", nullable = false)
	private long bankCourseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ExamPopulation population;

	/**
	 * POSITION exams: the positions that make an official a candidate, separated by "|".
	 */
	@Column(length = 1000)
	private @Nullable String positions;

	/** The unit whose subtree the exam is for (and who may manage it). */
	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	@Column(name = "attempts_allowed", nullable = false)
	private int attemptsAllowed;

	@Column(name = "pass_percent", nullable = false)
	private int passPercent;

	@Column(name = "question_count", nullable = false)
	private int questionCount;

	@Column(name = "time_limit_minutes", nullable = false)
	private int timeLimitMinutes;

	/** Whether passing it earns a certificate of assessment. */
	@Column(nullable = false)
	private boolean certificate;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected Exam() {
		this.title = "";
		this.population = ExamPopulation.NAMED;
		this.unitPath = "";
		this.opensAt = Instant.EPOCH;
		this.closesAt = Instant.EPOCH;
		this.createdBy = "";
	}

	/**
	 * What an ADMIN or UNIT_ADMIN sets; {@code positions} only for a POSITION population.
	 */
	public record Terms(String title, @Nullable String code, long bankCourseId, ExamPopulation population,
			List<String> positions, Instant opensAt, Instant closesAt, int attemptsAllowed, int passPercent,
			int questionCount, int timeLimitMinutes, boolean certificate) {
	}

	public Exam(Terms terms, long unitId, String unitPath, String createdBy) {
		this();
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.createdBy = createdBy;
		change(terms);
	}

	public final void change(Terms terms) {
		if (terms.title().isBlank()) {
			throw ProblemException.badRequest("exam.title-missing");
		}
		if (!terms.closesAt().isAfter(terms.opensAt())) {
			throw ProblemException.badRequest("exam.window-invalid");
		}
		if (terms.attemptsAllowed() < 1 || terms.attemptsAllowed() > 20 || terms.passPercent() < 1
				|| terms.passPercent() > 100 || terms.questionCount() < 1 || terms.questionCount() > 200
				|| terms.timeLimitMinutes() < 1 || terms.timeLimitMinutes() > 600) {
			throw ProblemException.badRequest("exam.terms-invalid");
		}
		PositionMatch match = new PositionMatch(terms.positions());
		if (terms.population() == ExamPopulation.POSITION && match.positions().isEmpty()) {
			throw ProblemException.badRequest("exam.positions-missing");
		}
		this.title = terms.title().strip();
		this.code = terms.code() == null || terms.code().isBlank() ? null : terms.code().strip();
		this.bankCourseId = terms.bankCourseId();
		this.population = terms.population();
		this.positions = terms.population() == ExamPopulation.POSITION
				? String.join("|", terms.positions().stream().map(String::strip).filter(p -> !p.isEmpty()).toList())
				: null;
		this.opensAt = terms.opensAt();
		this.closesAt = terms.closesAt();
		this.attemptsAllowed = terms.attemptsAllowed();
		this.passPercent = terms.passPercent();
		this.questionCount = terms.questionCount();
		this.timeLimitMinutes = terms.timeLimitMinutes();
		this.certificate = terms.certificate();
	}

	public boolean isOpenAt(Instant now) {
		return !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** 409 {@code exam.not-open-yet} before the window, {@code exam.closed} after it. */
	public void requireOpenAt(Instant now) {
		if (now.isBefore(opensAt)) {
			throw ProblemException.conflict("exam.not-open-yet", opensAt);
		}
		if (!now.isBefore(closesAt)) {
			throw ProblemException.conflict("exam.closed", closesAt);
		}
	}

	/** What one attempt is asked to be, for the quiz module. */
	public ExamSittings.Terms sittingTerms() {
		return new ExamSittings.Terms(getId(), bankCourseId, questionCount, timeLimitMinutes, passPercent,
				attemptsAllowed);
	}

	public PositionMatch positionMatch() {
		return new PositionMatch(positionList());
	}

	public List<String> positionList() {
		return positions == null ? List.of() : Arrays.asList(positions.split("\\|"));
	}

	public boolean isNamed() {
		return population == ExamPopulation.NAMED;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("exam not saved yet");
		}
		return id;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getCode() {
		return code;
	}

	public long getBankCourseId() {
		return bankCourseId;
	}

	public ExamPopulation getPopulation() {
		return population;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public int getAttemptsAllowed() {
		return attemptsAllowed;
	}

	public int getPassPercent() {
		return passPercent;
	}

	public int getQuestionCount() {
		return questionCount;
	}

	public int getTimeLimitMinutes() {
		return timeLimitMinutes;
	}

	public boolean isCertificate() {
		return certificate;
	}

	public String getCreatedBy() {
		return createdBy;
	}

}
