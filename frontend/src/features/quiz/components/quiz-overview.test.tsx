import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuizAttempt, QuizOverview as Overview } from '@/features/quiz/api/types';
import { QuizOverview } from '@/features/quiz/components/quiz-overview';
import { QuizResult } from '@/features/quiz/components/quiz-result';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const overview = (startedMinutesAgo: number): Overview => ({
  enrolmentId: 7,
  questionsPerAttempt: 30,
  timeLimitMinutes: 45,
  passPercent: 70,
  attemptsAllowed: 3,
  lecturesComplete: true,
  canStart: true,
  openAttemptId: 1028,
  windowOpen: true,
  attempts: [
    {
      attemptId: 1028,
      attemptNumber: 1,
      status: 'OPEN',
      startedAt: new Date(Date.now() - startedMinutesAgo * 60_000).toISOString(),
    },
  ],
});

describe('QuizOverview', () => {
  it('offers the result, not "Tiếp tục làm bài", for an open attempt whose time ran out', async () => {
    mockApi({ 'GET /api/enrolments/7/quiz': () => json(overview(50)) });
    renderWithProviders(<QuizOverview enrolmentId={7} />);
    expect(await screen.findByTestId('quiz-open-expired')).toHaveTextContent('hết giờ');
    expect(screen.getByRole('button', { name: 'Xem kết quả bài làm' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tiếp tục làm bài' })).not.toBeInTheDocument();
  });

  it('offers to continue an open attempt that still has time', async () => {
    mockApi({ 'GET /api/enrolments/7/quiz': () => json(overview(10)) });
    renderWithProviders(<QuizOverview enrolmentId={7} />);
    expect(await screen.findByRole('button', { name: 'Tiếp tục làm bài' })).toBeInTheDocument();
    expect(screen.queryByTestId('quiz-open-expired')).not.toBeInTheDocument();
  });
});

describe('QuizResult', () => {
  const attempt = (passed: boolean) =>
    ({
      attemptId: 1028,
      questions: [],
      result: { passed, scorePercent: passed ? 80 : 40, correctCount: 24, questionCount: 30, passPercent: 70 },
    }) as unknown as QuizAttempt;

  it('tells a learner who passed that the certificate is issued and where it appears', () => {
    renderWithProviders(<QuizResult attempt={attempt(true)} />);
    expect(screen.getByTestId('quiz-certificate-next')).toHaveTextContent('giấy chứng nhận được cấp tự động');
  });

  it('says nothing of a certificate to a learner who failed', () => {
    renderWithProviders(<QuizResult attempt={attempt(false)} />);
    expect(screen.queryByTestId('quiz-certificate-next')).not.toBeInTheDocument();
  });
});
