package vn.hocso.training.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.platform.VietnamTime;
import vn.hocso.training.TrainedFocalPoints;

@Service
@Transactional(readOnly = true)
class TrainedFocalPointsService implements TrainedFocalPoints {

	private final CompletionRepository completions;

	private final EnrolmentDirectory accounts;

	private final NominationRepository nominations;

	private final TrainingClassRepository classes;

	private final TrainingSessionRepository sessions;

	private final ProgrammeRepository programmes;

	private final JdbcClient jdbc;

	TrainedFocalPointsService(CompletionRepository completions, EnrolmentDirectory accounts,
			NominationRepository nominations, TrainingClassRepository classes, TrainingSessionRepository sessions,
			ProgrammeRepository programmes, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.completions = completions;
		this.accounts = accounts;
		this.nominations = nominations;
		this.classes = classes;
		this.sessions = sessions;
		this.programmes = programmes;
	}

	@Override
	public Optional<CompletedProgramme> completion(long completionId) {
		return completions.findById(completionId)
			.flatMap(completion -> nominations.findById(completion.getNominationId())
				.flatMap(nomination -> Optional.ofNullable(nomination.getClassId()))
				.flatMap(classes::findById)
				.map(trainingClass -> {
					TrainingProgramme programme = programmes.findById(completion.getProgrammeId()).orElseThrow();
					List<TrainingSession> held = sessions.findByClassIdOrderByStartsAtAscIdAsc(trainingClass.getId());
					LocalDate first = held.isEmpty() ? trainingClass.getStartDate()
							: LocalDate.ofInstant(held.getFirst().getStartsAt(), VietnamTime.ZONE);
					LocalDate last = held.isEmpty() ? first
							: LocalDate.ofInstant(held.getLast().getEndsAt(), VietnamTime.ZONE);
					int minutes = (int) held.stream()
						.mapToLong(s -> Duration.between(s.getStartsAt(), s.getEndsAt()).toMinutes())
						.sum();
					return new CompletedProgramme(completion.getId(), programme.getId(), completion.getLearnerId(),
							completion.getUnitId(), programme.getName(), trainingClass.getName(),
							trainingClass.getVenue(), first, last, minutes, held.size(),
							completion.getSessionsAttended(), completion.getCompletedAt());
				}));
	}

	@Override
	public boolean isTrained(long learnerId) {
		return completions.existsByLearnerId(learnerId);
	}

	@Override
	public boolean isTrainedUsername(String username) {
		return accounts.learnerIdOfUsername(username).map(this::isTrained).orElse(false);
	}

	@Override
	public List<UnitFocalPoints> focalPointsByUnit(String unitPathPrefix, LocalDate asOf) {
		Timestamp end = Timestamp.from(asOf.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
		Map<Long, long[]> byUnit = new TreeMap<>();
		jdbc.sql("""
				select unit_id, count(distinct learner_id) from training_nomination
				where unit_path like ? and status <> 'WITHDRAWN' and nominated_at < ? group by unit_id""")
			.params(unitPathPrefix + "%", end)
			.query((rs, n) -> byUnit.computeIfAbsent(rs.getLong(1), id -> new long[2])[0] = rs.getLong(2))
			.list();
		jdbc.sql("""
				select unit_id, count(distinct learner_id) from training_completion
				where unit_path like ? and completed_at < ? group by unit_id""")
			.params(unitPathPrefix + "%", end)
			.query((rs, n) -> byUnit.computeIfAbsent(rs.getLong(1), id -> new long[2])[1] = rs.getLong(2))
			.list();
		return byUnit.entrySet()
			.stream()
			.map(e -> new UnitFocalPoints(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

}
