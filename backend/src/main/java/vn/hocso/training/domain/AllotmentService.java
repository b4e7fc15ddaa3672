package vn.hocso.training.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.platform.ProblemException;

/**
 * Runs {@link SeatAllotment} over the nominees not yet seated (seats given earlier stay;
 * those waiting go first), numbers the waiting list again and tells each newly seated
 * nominee.
 */
@Service
@Transactional
public class AllotmentService {

	private final NominationRepository nominations;

	private final TrainingClassRepository classes;

	private final TrainingAccess access;

	private final NominationNotices notices;

	private final FinalExams finalExams;

	AllotmentService(NominationRepository nominations, TrainingClassRepository classes, TrainingAccess access,
			NominationNotices notices, FinalExams finalExams) {
		this.finalExams = finalExams;
		this.nominations = nominations;
		this.classes = classes;
		this.access = access;
		this.notices = notices;
	}

	public record Outcome(int seated, int waiting) {
	}

	public Outcome allot(long programmeId, SeatAllotment.Mode mode) {
		access.requireAdmin();
		TrainingProgramme programme = nominations.lockProgramme(programmeId)
			.orElseThrow(() -> ProblemException.notFound("training.programme-not-found", programmeId));
		List<SeatAllotment.ClassSeats> seats = classes.findByProgrammeIdOrderByStartDateAscIdAsc(programme.getId())
			.stream()
			.map(c -> new SeatAllotment.ClassSeats(c.getId(), c.getSeats() - (int) nominations.countSeated(c.getId()),
					c.getStartDate(), c.getAreaUnitPath()))
			.toList();
		// Those already waiting keep their place ahead of the newly nominated.
		List<Nomination> open = Stream
			.concat(nominations.findByProgrammeIdAndStatusOrderByWaitPositionAsc(programmeId, NominationStatus.WAITING)
				.stream(),
					nominations.findByProgrammeIdOrderByNominatedAtAscIdAsc(programmeId)
						.stream()
						.filter(n -> n.getStatus() == NominationStatus.NOMINATED))
			.toList();
		Map<Long, Nomination> byId = open.stream().collect(Collectors.toMap(Nomination::getId, Function.identity()));
		SeatAllotment.Result result = SeatAllotment.allot(seats,
				open.stream()
					.map(n -> new SeatAllotment.Candidate(n.getId(), n.getUnitPath(), n.getPreferredClassId()))
					.toList(),
				mode);
		result.seats().forEach((nominationId, classId) -> {
			Nomination nomination = allotted(byId, nominationId);
			nomination.seatIn(classId);
			notices.tellSeat(nomination);
			finalExams.seated(nomination);
		});
		int position = 0;
		for (Long nominationId : result.waiting()) {
			allotted(byId, nominationId).waitAt(++position);
		}
		return new Outcome(result.seats().size(), result.waiting().size());
	}

	private static Nomination allotted(Map<Long, Nomination> open, long nominationId) {
		return Objects.requireNonNull(open.get(nominationId), "the allotment answers only the open nominations");
	}

}
