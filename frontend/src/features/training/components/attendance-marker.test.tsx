import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassSheet } from '@/features/training/api/types';
import { AttendanceMarker } from '@/features/training/components/attendance-marker';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const sheet = {
  programme: { id: 1, name: 'Tập huấn', minSessions: 5 },
  trainingClass: { id: 2, name: 'Lớp 1', venue: 'Hội trường', teachers: ['t'] },
  sessions: [{ id: 9, dayNumber: 1, part: 'MORNING', startsAt: '2026-06-15T01:00:00Z', endsAt: '2026-06-15T04:30:00Z' }],
  participants: [
    { nominationId: 31, fullName: 'Nguyễn Văn An', unitId: 1, marks: [null], attended: 0, completed: false },
    { nominationId: 32, fullName: 'Trần Thị Bình', unitId: 1, marks: [null], attended: 0, completed: false },
  ],
  teacher: true,
} as unknown as ClassSheet;

afterEach(() => localStorage.clear());

describe('AttendanceMarker', () => {
  it('keeps a tap shown as present once the server has it', async () => {
    const api = mockApi({ 'POST /api/training/sessions/9/attendance': () => json({ applied: 1, unchanged: 0 }) });
    renderWithProviders(<AttendanceMarker sheet={sheet} sessionId={9} />);

    fireEvent.click(screen.getByTestId('mark-31'));

    await waitFor(() => expect(screen.getByTestId('sync-state')).toHaveTextContent('Đã lưu'));
    expect(api.callsTo('POST', '/api/training/sessions/9/attendance')).toHaveLength(1);
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent('1 / 2 có mặt');
    expect(screen.getByTestId('mark-31')).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps taps on the phone without a connection and sends them when it returns', async () => {
    let online = false;
    const api = mockApi({
      'POST /api/training/sessions/9/attendance': () => {
        if (!online) throw new TypeError('Failed to fetch');
        return json({ applied: 2, unchanged: 0 });
      },
    });
    renderWithProviders(<AttendanceMarker sheet={sheet} sessionId={9} />);

    fireEvent.click(screen.getByTestId('mark-31'));
    fireEvent.click(screen.getByTestId('mark-32'));
    await waitFor(() => expect(api.callsTo('POST', '/api/training/sessions/9/attendance').length).toBeGreaterThan(0));
    expect(screen.getByTestId('sync-state')).toHaveTextContent('2 lượt chưa gửi');
    expect(JSON.parse(localStorage.getItem('hocso.training.pending.9') ?? '[]')).toHaveLength(2);

    online = true;
    window.dispatchEvent(new Event('online'));

    await waitFor(() => expect(screen.getByTestId('sync-state')).toHaveTextContent('Đã lưu'));
    const last = api.callsTo('POST', '/api/training/sessions/9/attendance').at(-1);
    expect((last?.body as { marks: { nominationId: number }[] }).marks.map((m) => m.nominationId)).toEqual([31, 32]);
    expect(localStorage.getItem('hocso.training.pending.9')).toBeNull();
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent('2 / 2 có mặt');
  });
});
