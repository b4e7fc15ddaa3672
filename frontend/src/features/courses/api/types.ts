import type { components } from '@/api/schema';

export type CourseStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';

/** A signed URL for <video>/<iframe>/downloads, which cannot send the bearer token. */
export type MediaLink = { url: string; expiresAt: string };

export type MediaRef = components['schemas']['MediaRef'];

export type Lecture = components['schemas']['LectureView'];

export type Course = components['schemas']['CourseView'];

export type CourseSummary = components['schemas']['CourseSummary'];

export type UploadedMedia = components['schemas']['MediaResponse'];

/** The progress backend's contract (`GET /api/enrolments/{id}/progress`). */
export type LectureProgress = components['schemas']['LectureSnapshot'];

export type EnrolmentProgress = components['schemas']['EnrolmentProgressView'];

/** Suggested topic tags (free text is allowed too). */
export const TOPIC_TAGS = ['Chính quyền số', 'Xã hội số', 'Kinh tế số', 'Kỹ năng số', 'An toàn thông tin'];
