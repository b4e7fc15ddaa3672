package vn.hocso.openlearning.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpenMaterialRepository extends JpaRepository<OpenMaterial, Long> {

	Optional<OpenMaterial> findBySlug(String slug);

	Optional<OpenMaterial> findBySlugAndPublishedTrue(String slug);

	List<OpenMaterial> findAllByOrderByTopicIdAscPositionAscIdAsc();

	List<OpenMaterial> findByPublishedTrueOrderByPositionAscIdAsc();

	List<OpenMaterial> findByTopicIdAndPublishedTrueOrderByPositionAscIdAsc(long topicId);

}
