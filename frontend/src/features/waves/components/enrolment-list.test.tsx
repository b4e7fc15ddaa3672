import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnrolmentRow } from '@/features/waves/api/types';
import { EnrolmentList } from '@/features/waves/components/enrolment-list';
import { StatusCounts } from '@/features/waves/components/status-counts';
import { i18n } from '@/lib/i18n';
import { renderWithI18n } from '@/testing/test-utils';

const base: EnrolmentRow = {
  enrolmentId: 1,
  learnerId: 11,
  fullName: 'Đặng Quốc Hưng',
  unitCode: 'NA-DIENCHAU-DIENKY',
  classId: null,
  status: 'IN_PROGRESS',
  accountIssuedAt: '2024-02-07T03:00:00Z',
  clockStartedAt: '2024-02-07T03:00:00Z',
  deadline: '2024-02-28',
  workingDaysLeft: 4,
};

describe('EnrolmentList', () => {
  afterEach(() => act(() => i18n.changeLanguage('vi')));

  it('shows the deadline as dd/mm/yyyy with the working days left', () => {
    renderWithI18n(<EnrolmentList rows={[base]} />);
    expect(screen.getByTestId('enrolment-11')).toHaveTextContent('Hạn 28/02/2024 · còn 4 ngày làm việc');
    expect(screen.getByTestId('enrolment-status')).toHaveTextContent('Đang học');
  });

  it('says the clock has not started while the learner has no account', () => {
    renderWithI18n(<EnrolmentList rows={[{ ...base, deadline: null, workingDaysLeft: null, status: 'NOT_STARTED' }]} />);
    expect(screen.getByTestId('enrolment-11')).toHaveTextContent('Chưa cấp tài khoản');
  });

  it('reads in English after the switch', async () => {
    renderWithI18n(<EnrolmentList rows={[{ ...base, status: 'OVERDUE', workingDaysLeft: 0 }]} />);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByTestId('enrolment-11')).toHaveTextContent('Due 28/02/2024 · 0 working day(s) left');
    expect(screen.getByTestId('enrolment-status')).toHaveTextContent('Overdue');
  });
});

describe('StatusCounts', () => {
  it('lists only the statuses somebody is in', () => {
    renderWithI18n(<StatusCounts counts={{ NOT_STARTED: 30, OVERDUE: 2, COMPLETED: 0 }} />);
    const counts = screen.getByTestId('status-counts');
    expect(counts).toHaveTextContent('Chưa bắt đầu: 30');
    expect(counts).toHaveTextContent('Quá hạn: 2');
    expect(counts).not.toHaveTextContent('Đã hoàn thành');
  });
});
