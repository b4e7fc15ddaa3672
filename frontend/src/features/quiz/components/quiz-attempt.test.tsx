import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuizAttempt } from '@/features/quiz/api/types';
import { QuizAttemptView } from '@/features/quiz/components/quiz-attempt';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const attempt: QuizAttempt = {
  attemptId: 31,
  enrolmentId: 9,
  attemptNumber: 1,
  status: 'OPEN',
  startedAt: '2026-11-23T02:00:00Z',
  deadline: '2026-11-23T02:30:00Z',
  secondsLeft: 1800,
  answeredCount: 0,
  questions: [
    { questionId: 101, number: 1, stem: 'Địa chỉ Cổng Dịch vụ công quốc gia?', image: null, multiple: false, options: ['dichvucong.gov.vn', 'vneid.vn'], selected: [] },
    { questionId: 102, number: 2, stem: 'Mật khẩu nào mạnh nhất?', image: null, multiple: false, options: ['123456', 'Ng@yMua#2026'], selected: [1] },
  ],
  result: null,
};

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('QuizAttemptView', () => {
  it('shows the server countdown and the answers already saved', async () => {
    mockApi({ 'GET /api/quiz-attempts/31': () => json(attempt) });
    renderWithProviders(<QuizAttemptView attemptId={31} />);

    expect(await screen.findByTestId('quiz-countdown')).toHaveTextContent('30:00');
    expect(screen.getByTestId('quiz-answered')).toHaveTextContent('Đã trả lời 1/2');
  });

  it('keeps a click that failed to save and sends it again until the server has it', async () => {
    let puts = 0;
    const api = mockApi({
      'GET /api/quiz-attempts/31': () => json(attempt),
      'PUT /api/quiz-attempts/31/answers/101': () => {
        puts++;
        if (puts === 1) throw new TypeError('Failed to fetch');
        return json({ questionId: 101, selected: [0], savedAt: '2026-11-23T02:01:00Z', secondsLeft: 1740 });
      },
    });
    renderWithProviders(<QuizAttemptView attemptId={31} />);

    fireEvent.click(await screen.findByTestId('quiz-option-1-0'));
    await waitFor(() => expect(screen.getByTestId('quiz-save-1')).toHaveTextContent('Chưa lưu'));
    expect(JSON.parse(localStorage.getItem('hocso.quiz.pending.31') ?? '{}')).toEqual({ 101: [0] });
    window.dispatchEvent(new Event('online'));

    await waitFor(() => expect(screen.getByTestId('quiz-save-1')).toHaveTextContent('Đã lưu'));
    expect(api.callsTo('PUT', '/api/quiz-attempts/31/answers/101').at(-1)?.body).toEqual({ selected: [0] });
    expect(localStorage.getItem('hocso.quiz.pending.31')).toBeNull();
  });

  it('lists the unanswered questions in the review before submitting', async () => {
    mockApi({ 'GET /api/quiz-attempts/31': () => json(attempt) });
    renderWithProviders(<QuizAttemptView attemptId={31} />);

    fireEvent.click(await screen.findByTestId('quiz-layout-list'));
    fireEvent.click(screen.getByTestId('quiz-review'));

    expect(screen.getByTestId('quiz-unanswered')).toHaveTextContent('Câu 1');
    expect(screen.getByTestId('quiz-unanswered')).not.toHaveTextContent('Câu 2');
  });

  it('shows the result and which questions were wrong once closed', async () => {
    mockApi({
      'GET /api/quiz-attempts/31': () =>
        json({
          ...attempt,
          status: 'SUBMITTED',
          result: { correctCount: 1, questionCount: 2, scorePercent: 50, passPercent: 50, passed: true, closedAt: '2026-11-23T02:10:00Z', gradedByServer: false, wrongQuestionIds: [101], review: null },
        }),
    });
    renderWithProviders(<QuizAttemptView attemptId={31} />);

    expect(await screen.findByTestId('quiz-result')).toHaveTextContent('Chúc mừng');
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('50%');
    expect(screen.getByTestId('quiz-wrong')).toHaveTextContent('Địa chỉ Cổng Dịch vụ công quốc gia?');
  });
  it("shows a question's image to the learner", async () => {
    const image = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
    mockApi({
      'GET /api/quiz-attempts/31': () =>
        json({ ...attempt, questions: attempt.questions.map((q, i) => (i === 0 ? { ...q, image } : q)) }),
    });
    renderWithProviders(<QuizAttemptView attemptId={31} />);

    const shown = await screen.findByRole('img', { name: 'Hình minh hoạ của câu hỏi' });
    expect(shown).toHaveAttribute('src', image);
  });
});
