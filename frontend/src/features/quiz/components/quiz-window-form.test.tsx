import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuizWindowForm } from '@/features/quiz/components/quiz-window-form';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const path = '/api/waves/7/quiz-window';

describe('QuizWindowForm', () => {
  it('sets a window with a staggered start as instants', async () => {
    const api = mockApi({
      [`GET ${path}`]: () => new Response(null, { status: 204 }),
      [`PUT ${path}`]: ({ body }) => json(body),
    });
    renderWithProviders(<QuizWindowForm waveId={7} editable />);

    expect(await screen.findByTestId('quiz-window-current')).toHaveTextContent('Chưa đặt giờ mở');
    fireEvent.change(screen.getByTestId('quiz-window-opens'), { target: { value: '2026-11-23T08:00' } });
    fireEvent.change(screen.getByTestId('quiz-window-stagger'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('quiz-window-save'));

    await waitFor(() => expect(screen.getByTestId('quiz-window-saved')).toBeInTheDocument());
    expect(api.callsTo('PUT', path)[0]?.body).toEqual({
      opensAt: new Date('2026-11-23T08:00').toISOString(),
      closesAt: null,
      staggerMinutes: 60,
    });
    expect(screen.getByTestId('quiz-window-current')).toHaveTextContent('giãn lượt bắt đầu 60 phút');
  });

  it('refuses a closing time within the stagger without asking the server', async () => {
    const api = mockApi({ [`GET ${path}`]: () => new Response(null, { status: 204 }) });
    renderWithProviders(<QuizWindowForm waveId={7} editable />);

    fireEvent.change(await screen.findByTestId('quiz-window-opens'), { target: { value: '2026-11-23T08:00' } });
    fireEvent.change(screen.getByTestId('quiz-window-closes'), { target: { value: '2026-11-23T08:30' } });
    fireEvent.change(screen.getByTestId('quiz-window-stagger'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('quiz-window-save'));

    expect(await screen.findByTestId('quiz-window-problem')).toHaveTextContent('Giờ đóng phải sau giờ mở cộng thời gian giãn lượt');
    expect(api.callsTo('PUT', path)).toHaveLength(0);
  });

  it('shows the server problem when the server refuses', async () => {
    mockApi({
      [`GET ${path}`]: () => new Response(null, { status: 204 }),
      [`PUT ${path}`]: () => problem(400, { title: 'Thời gian giãn lượt không hợp lệ', detail: 'Số phút giãn lượt bắt đầu phải từ 0 đến 1440.' }),
    });
    renderWithProviders(<QuizWindowForm waveId={7} editable />);

    fireEvent.change(await screen.findByTestId('quiz-window-opens'), { target: { value: '2026-11-23T08:00' } });
    fireEvent.click(screen.getByTestId('quiz-window-save'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Số phút giãn lượt bắt đầu phải từ 0 đến 1440');
  });

  it('shows the window without a form to staff who may not change it, and removes it for ADMIN', async () => {
    const window = { opensAt: '2026-11-23T01:00:00Z', closesAt: null, staggerMinutes: 30 };
    mockApi({ [`GET ${path}`]: () => json(window) });
    const { unmount } = renderWithProviders(<QuizWindowForm waveId={7} editable={false} />);
    expect(await screen.findByTestId('quiz-window-current')).toHaveTextContent('30 phút');
    expect(screen.queryByTestId('quiz-window-form')).toBeNull();
    unmount();

    const api = mockApi({ [`GET ${path}`]: () => json(window), [`DELETE ${path}`]: () => new Response(null, { status: 204 }) });
    renderWithProviders(<QuizWindowForm waveId={7} editable />);
    fireEvent.click(await screen.findByTestId('quiz-window-remove'));
    await waitFor(() => expect(screen.getByTestId('quiz-window-current')).toHaveTextContent('Chưa đặt giờ mở'));
    expect(api.callsTo('DELETE', path)).toHaveLength(1);
  });
});
