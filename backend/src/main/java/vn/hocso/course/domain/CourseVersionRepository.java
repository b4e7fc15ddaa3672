package vn.hocso.course.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

	@Query("select max(v.number) from CourseVersion v where v.courseId = :courseId")
	Integer lastNumber(long courseId);

	/** Courses that have a version showing this media as a video or an attachment. */
	@Query("""
			select distinct v.courseId from CourseVersion v join v.lectures l left join l.attachmentMediaIds a
			where l.videoMediaId = :mediaId or a = :mediaId""")
	List<Long> courseIdsUsingMedia(String mediaId);

}
