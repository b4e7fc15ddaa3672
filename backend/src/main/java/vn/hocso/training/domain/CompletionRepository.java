package vn.hocso.training.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompletionRepository extends JpaRepository<Completion, Long> {

	boolean existsByProgrammeIdAndLearnerId(long programmeId, long learnerId);

	boolean existsByLearnerId(long learnerId);

	List<Completion> findByProgrammeId(long programmeId);

}
