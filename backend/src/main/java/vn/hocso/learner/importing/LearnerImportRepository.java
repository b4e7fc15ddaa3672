package vn.hocso.learner.importing;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerImportRepository extends JpaRepository<LearnerImport, Long> {

	long countByUploadedByAndStatus(String uploadedBy, LearnerImport.Status status);

}
