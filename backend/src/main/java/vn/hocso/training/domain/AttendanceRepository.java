package vn.hocso.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	Optional<Attendance> findBySessionIdAndNominationId(long sessionId, long nominationId);

	List<Attendance> findBySessionId(long sessionId);

	List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

}
