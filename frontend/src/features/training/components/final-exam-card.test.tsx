import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FinalExamCard } from '@/features/training/components/final-exam-card';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const exams = [
  { id: 4, title: 'Sát hạch cán bộ CNTT', population: 'POSITION' },
  { id: 9, title: 'Kiểm tra cuối lớp tập huấn', population: 'NAMED' },
];

describe('FinalExamCard', () => {
  it('lets the ADMIN link a named-list exam as the end-of-class exam', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/training/programmes/1/final-exam': () => json({ programmeId: 1, examId: null, minSessions: 5 }),
      'PUT /api/training/programmes/1/final-exam': () => json({ programmeId: 1, examId: 9, minSessions: 5 }),
    });
    renderWithProviders(<FinalExamCard programmeId={1} admin exams={exams} />);

    const select = await screen.findByRole('combobox');
    // Only named-list exams can be a programme's final exam.
    expect(screen.queryByRole('option', { name: 'Sát hạch cán bộ CNTT' })).not.toBeInTheDocument();
    await user.selectOptions(select, '9');
    await user.click(screen.getByRole('button', { name: 'Lưu điều kiện' }));

    await waitFor(() => expect(api.callsTo('PUT', '/api/training/programmes/1/final-exam')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/training/programmes/1/final-exam')[0]?.body).toEqual({ examId: 9 });
  });

  it('shows supervisors the rule without the picker', async () => {
    mockApi({ 'GET /api/training/programmes/1/final-exam': () => json({ programmeId: 1, examId: 9, minSessions: 5 }) });
    renderWithProviders(<FinalExamCard programmeId={1} admin={false} exams={exams} />);

    expect(await screen.findByTestId('final-exam')).toHaveTextContent('Kiểm tra cuối lớp tập huấn');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
