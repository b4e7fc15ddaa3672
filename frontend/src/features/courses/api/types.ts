export type CourseStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';

/** A signed URL for <video>/<iframe>/downloads, which cannot send the bearer token. */
export type MediaLink = { url: string; expiresAt: string };

export type MediaRef = {
  mediaId: string;
  fileName: string;
  kind: 'MP4' | 'WEBM' | 'PDF' | 'PPTX';
  sizeBytes: number;
  /** Only in the course of an enrolment (issue 14: the player needs no request before the video). */
  link?: MediaLink | null;
};

export type Lecture = {
  id: number;
  position: number;
  title: string;
  summary: string | null;
  videoMediaId: string | null;
  durationSeconds: number;
  attachmentMediaIds: string[];
  video: MediaRef | null;
  attachments: MediaRef[];
};

export type Course = {
  id: number;
  code: string;
  title: string;
  description: string | null;
  tags: string[];
  status: CourseStatus;
  versionId: number;
  versionNumber: number;
  versionPublished: boolean;
  publishedVersionId: number | null;
  hasDraft: boolean;
  completionPercent: number;
  expectedMinutesPerDay: number;
  totalMinutes: number;
  lectures: Lecture[];
};

export type CourseSummary = {
  id: number;
  code: string;
  title: string;
  tags: string[];
  status: CourseStatus;
  publishedVersionId: number | null;
  hasDraft: boolean;
};

export type UploadedMedia = {
  id: string;
  kind: MediaRef['kind'];
  contentType: string;
  sizeBytes: number;
  durationSeconds: number | null;
  fileName: string;
};

/** The progress backend's contract (`GET /api/enrolments/{id}/progress`). */
export type LectureProgress = {
  lectureId: number;
  watchedSeconds: number;
  durationSeconds: number;
  percent: number;
  completed: boolean;
  positionSecond: number;
};

export type EnrolmentProgress = {
  enrolmentId: number;
  courseId: number;
  courseVersionId: number;
  lecturesCompleted: number;
  lecturesTotal: number;
  minutesToday: number;
  minutesTotal: number;
  lectures: LectureProgress[];
};

/** Suggested topic tags (free text is allowed too). */
export const TOPIC_TAGS = ['Chính quyền số', 'Xã hội số', 'Kinh tế số', 'Kỹ năng số', 'An toàn thông tin'];
