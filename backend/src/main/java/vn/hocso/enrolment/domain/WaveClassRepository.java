package vn.hocso.enrolment.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WaveClassRepository extends JpaRepository<WaveClass, Long> {

	List<WaveClass> findByWaveIdOrderByNameAsc(long waveId);

	List<WaveClass> findByTrainerUsernameOrderByIdAsc(String trainerUsername);

}
