package vn.hocso.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

	Optional<CalendarDay> findByDate(LocalDate date);

	List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

	boolean existsByDateBetween(LocalDate from, LocalDate to);

}
