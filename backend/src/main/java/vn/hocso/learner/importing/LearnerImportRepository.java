package vn.hocso.learner.importing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerImportRepository extends JpaRepository<LearnerImport, Long> {

	long countByUploadedByAndStatus(String uploadedBy, LearnerImport.Status status);

	List<LearnerImport> findByStatus(LearnerImport.Status status);

}
