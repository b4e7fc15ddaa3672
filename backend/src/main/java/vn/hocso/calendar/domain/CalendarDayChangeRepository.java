package vn.hocso.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayChangeRepository extends JpaRepository<CalendarDayChange, Long> {

	List<CalendarDayChange> findByDateOrderByRecordedAtAscIdAsc(LocalDate date);

}
