package vn.hocso.course.domain;

/** DRAFT until first published; ARCHIVED courses can no longer be taught by new waves. */
public enum CourseStatus {

	DRAFT, PUBLISHED, ARCHIVED

}
