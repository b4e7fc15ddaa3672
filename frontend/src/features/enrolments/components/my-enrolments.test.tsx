import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyEnrolment } from '@/features/enrolments/api/get-my-enrolments';
import { MyEnrolments } from '@/features/enrolments/components/my-enrolments';
import { i18n } from '@/lib/i18n';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const enrolment: MyEnrolment = {
  enrolmentId: 9,
  waveId: 2,
  waveName: 'Đợt 1 – 2026',
  courseId: 1,
  status: 'IN_PROGRESS',
  accountIssuedAt: '2026-11-20T02:00:00Z',
  deadline: '2026-12-04',
  workingDaysLeft: 9,
};

afterEach(() => vi.unstubAllGlobals());

describe('MyEnrolments', () => {
  it("shows the learner's day: lectures done, minutes today against 30 and the next lecture", async () => {
    mockApi({
      'GET /api/me/enrolments': () => json([enrolment]),
      'GET /api/enrolments/9/progress': () =>
        json({
          lecturesCompleted: 3,
          lecturesTotal: 10,
          minutesToday: 12,
          lectures: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((id) => ({ lectureId: id, completed: id <= 3 })),
        }),
    });
    renderWithProviders(<MyEnrolments />);
    expect(await screen.findByTestId('enrolment-lectures-done')).toHaveTextContent('Đã học xong 3/10 bài giảng');
    expect(screen.getByTestId('enrolment-minutes-today')).toHaveTextContent('Hôm nay: 12/30 phút');
    expect(screen.getByTestId('enrolment-next')).toHaveTextContent('Tiếp theo: học bài 4');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '12');
  });

  it('sends a learner whose lectures are all done to the final quiz', async () => {
    mockApi({
      'GET /api/me/enrolments': () => json([enrolment]),
      'GET /api/enrolments/9/progress': () =>
        json({ lecturesCompleted: 2, lecturesTotal: 2, minutesToday: 40, lectures: [{ lectureId: 1, completed: true }, { lectureId: 2, completed: true }] }),
    });
    renderWithProviders(<MyEnrolments />);
    const next = await screen.findByTestId('enrolment-next');
    expect(next).toHaveTextContent('Tiếp theo: làm bài kiểm tra cuối khóa');
    expect(next.querySelector('a')).toHaveAttribute('href', '/enrolments/9/quiz');
  });

  it('shows the wave, the working days left, the deadline as dd/mm/yyyy and the daily target', async () => {
    mockApi({ 'GET /api/me/enrolments': () => json([enrolment]) });
    renderWithProviders(<MyEnrolments />);

    const card = await screen.findByTestId('enrolment-9');
    expect(card).toHaveTextContent('Đợt 1 – 2026');
    expect(screen.getByTestId('enrolment-status')).toHaveTextContent('Đang học');
    expect(screen.getByTestId('enrolment-days-left')).toHaveTextContent('Còn 9 ngày làm việc');
    expect(screen.getByTestId('enrolment-deadline')).toHaveTextContent('Hạn hoàn thành: 04/12/2026');
    expect(card).toHaveTextContent('Học ít nhất 30 phút mỗi ngày');
    expect(screen.getByTestId('enrolment-open')).toHaveAttribute('href', '/learn/9');
  });

  it('keeps day before month in English too', async () => {
    mockApi({ 'GET /api/me/enrolments': () => json([enrolment]) });
    renderWithProviders(<MyEnrolments />);
    await screen.findByTestId('enrolment-9');
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Complete by: 04/12/2026')).toBeInTheDocument();
    expect(screen.getByText('9 working days left')).toBeInTheDocument();
  });

  it('does not count down or set a daily target for a finished course', async () => {
    mockApi({ 'GET /api/me/enrolments': () => json([{ ...enrolment, status: 'COMPLETED', workingDaysLeft: 0 }]) });
    renderWithProviders(<MyEnrolments />);
    await screen.findByTestId('enrolment-9');
    expect(screen.queryByTestId('enrolment-days-left')).not.toBeInTheDocument();
    expect(screen.queryByText('Học ít nhất 30 phút mỗi ngày')).not.toBeInTheDocument();
  });

  it('says what will happen when there is no enrolment yet', async () => {
    mockApi({ 'GET /api/me/enrolments': () => json([]) });
    renderWithProviders(<MyEnrolments />);
    expect(await screen.findByTestId('enrolments-empty')).toHaveTextContent('chưa được ghi danh');
  });
});
