package vn.hocso.exam.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A learner admitted to a NAMED exam; unique per exam and learner. */
@Entity
@Table(name = "exam_candidate")
public class ExamCandidate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_candidate_seq")
	@SequenceGenerator(name = "exam_candidate_seq", sequenceName = "exam_candidate_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "exam_id", nullable = false)
	private long examId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "admitted_at", nullable = false)
	private Instant admittedAt;

	protected ExamCandidate() {
		this.admittedAt = Instant.EPOCH;
	}

	ExamCandidate(long examId, long learnerId, Instant admittedAt) {
		this.examId = examId;
		this.learnerId = learnerId;
		this.admittedAt = admittedAt;
	}

	public long getExamId() {
		return examId;
	}

	public long getLearnerId() {
		return learnerId;
	}

}
