import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Course, EnrolmentProgress, Lecture } from '@/features/courses/api/types';
import { CoursePlayer } from '@/features/courses/components/course-player';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const VIDEO_1 = 'a'.repeat(64);
const VIDEO_2 = 'b'.repeat(64);

const lecture = (id: number, position: number, title: string, video: string): Lecture => ({
  id,
  position,
  title,
  summary: null,
  videoMediaId: video,
  durationSeconds: 1800,
  attachmentMediaIds: [],
  video: null,
  attachments: [],
});

const course: Course = {
  id: 1,
  code: 'CDS',
  title: 'Chuyển đổi số',
  description: null,
  tags: [],
  status: 'PUBLISHED',
  versionId: 3,
  versionNumber: 1,
  versionPublished: true,
  publishedVersionId: 3,
  hasDraft: false,
  completionPercent: 90,
  expectedMinutesPerDay: 30,
  totalMinutes: 60,
  lectures: [lecture(11, 1, 'Chính quyền số', VIDEO_1), lecture(12, 2, 'Xã hội số', VIDEO_2)],
};

const link = (id: string) => () => json({ url: `/api/media/${id}?token=1.x`, expiresAt: '2026-11-21T23:00:00Z' });

afterEach(() => vi.unstubAllGlobals());

describe('CoursePlayer', () => {
  it('still plays when the progress service does not answer: no ticks, first lecture, signed video link', async () => {
    mockApi({
      'GET /api/enrolments/5/progress': () => problem(404, { title: 'Not Found' }),
      [`GET /api/media/${VIDEO_1}/link`]: link(VIDEO_1),
    });
    renderWithProviders(<CoursePlayer course={course} enrolmentId={5} />);

    const video = await screen.findByTestId('lecture-video');
    expect(video).toHaveAttribute('src', `/api/media/${VIDEO_1}?token=1.x`);
    expect(screen.getByTestId('lecture-title')).toHaveTextContent('Chính quyền số');
    expect(screen.queryByTestId('course-progress')).not.toBeInTheDocument();
    expect(screen.getByTestId('lecture-1')).toHaveTextContent('30 phút');
  });

  it('shows ticks and time watched, and opens the first lecture not completed', async () => {
    const progress: EnrolmentProgress = {
      enrolmentId: 5,
      courseId: 1,
      courseVersionId: 3,
      lecturesCompleted: 1,
      lecturesTotal: 2,
      minutesToday: 31,
      minutesTotal: 31,
      lectures: [
        { lectureId: 11, watchedSeconds: 1700, durationSeconds: 1800, percent: 94.4, completed: true, positionSecond: 1790 },
        { lectureId: 12, watchedSeconds: 75, durationSeconds: 1800, percent: 4.2, completed: false, positionSecond: 75 },
      ],
    };
    mockApi({
      'GET /api/enrolments/5/progress': () => json(progress),
      [`GET /api/media/${VIDEO_1}/link`]: link(VIDEO_1),
      [`GET /api/media/${VIDEO_2}/link`]: link(VIDEO_2),
    });
    renderWithProviders(<CoursePlayer course={course} enrolmentId={5} />);

    await waitFor(() => expect(screen.getByTestId('lecture-title')).toHaveTextContent('Xã hội số'));
    expect(screen.getByTestId('course-progress')).toHaveTextContent('Đã hoàn thành 1/2 bài · hôm nay 31 phút');
    expect(screen.getByTestId('lecture-1')).toHaveTextContent('✓');
    expect(screen.getByTestId('lecture-1')).toHaveTextContent('đã xem 28:20 / 30:00 (94%)');
    expect(screen.getByTestId('lecture-2')).toHaveTextContent('○');
    expect(await screen.findByTestId('lecture-video')).toHaveAttribute('src', `/api/media/${VIDEO_2}?token=1.x`);
  });

  it("plays the signed link the learner's course carries, without asking for one", async () => {
    const expiresAt = new Date(Date.now() + 4 * 60 * 60 * 1000).toISOString();
    const carried = (l: Lecture): Lecture => ({
      ...l,
      video: { mediaId: l.videoMediaId!, fileName: 'bai.mp4', kind: 'MP4', sizeBytes: 1000, link: { url: `/api/media/${l.videoMediaId}?token=9.carried`, expiresAt } },
    });
    const api = mockApi({ 'GET /api/enrolments/5/progress': () => problem(404, { title: 'Not Found' }) });
    renderWithProviders(<CoursePlayer course={{ ...course, lectures: course.lectures.map(carried) }} enrolmentId={5} />);

    expect(await screen.findByTestId('lecture-video')).toHaveAttribute('src', `/api/media/${VIDEO_1}?token=9.carried`);
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname.endsWith('/progress'))).toBe(true));
    expect(api.calls.filter((c) => c.url.pathname.endsWith('/link'))).toEqual([]);
  });

  it('asks for a new link when the carried one has less than 2 hours left', async () => {
    const soon = new Date(Date.now() + 30 * 60 * 1000).toISOString();
    const lectures = course.lectures.map((l) => ({
      ...l,
      video: { mediaId: l.videoMediaId!, fileName: 'bai.mp4', kind: 'MP4' as const, sizeBytes: 1000, link: { url: '/old', expiresAt: soon } },
    }));
    const api = mockApi({
      'GET /api/enrolments/5/progress': () => problem(404, { title: 'Not Found' }),
      [`GET /api/media/${VIDEO_1}/link`]: link(VIDEO_1),
    });
    renderWithProviders(<CoursePlayer course={{ ...course, lectures }} enrolmentId={5} />);

    await waitFor(() => expect(screen.getByTestId('lecture-video')).toHaveAttribute('src', `/api/media/${VIDEO_1}?token=1.x`));
    expect(api.calls.some((c) => c.url.pathname === `/api/media/${VIDEO_1}/link`)).toBe(true);
  });

  it('records nothing in the preview (no enrolment)', async () => {
    const api = mockApi({ [`GET /api/media/${VIDEO_1}/link`]: link(VIDEO_1) });
    renderWithProviders(<CoursePlayer course={course} enrolmentId={null} />);

    await screen.findByTestId('lecture-video');
    expect(api.calls.every((c) => !c.url.pathname.includes('/progress') && !c.url.pathname.includes('/heartbeats'))).toBe(true);
  });
});
