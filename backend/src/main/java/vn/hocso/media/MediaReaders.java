package vn.hocso.media;

/**
 * Who else than staff may read a media file. The course module implements it (a learner
 * may read the media of a course they are enrolled in), so media does not depend on
 * courses.
 */
public interface MediaReaders {

	boolean learnerMayRead(String username, String mediaId);

}
