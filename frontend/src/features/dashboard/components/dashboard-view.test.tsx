import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dashboard, LearnerRow } from '@/features/dashboard/api/types';
import { DashboardView, sortAndFilter } from '@/features/dashboard/components/dashboard-view';
import { renderWithI18n } from '@/testing/test-utils';

const row = (learnerId: number, fullName: string, pace: LearnerRow['pace'], minutesToday: number): LearnerRow => ({
  enrolmentId: learnerId,
  learnerId,
  fullName,
  unitCode: 'NA-DIENCHAU-DIENKY',
  classId: 7,
  pace,
  lecturesCompleted: 1,
  lecturesTotal: 10,
  minutesToday,
  minutesTotal: 60,
  remainingMinutes: 200,
  deadline: '2026-12-04',
  workingDaysLeft: 9,
  quizAttempts: 0,
  quizBestScore: null,
  quizPassed: false,
  minutesByDay: [30, minutesToday],
});

const rows = [row(1, 'Đặng Quốc Hưng', 'IN_PROGRESS', 25), row(2, 'Nguyễn Thị Ánh', 'BEHIND', 5), row(3, 'Lê Văn Tám', 'NOT_STARTED', 0)];

const dashboard: Dashboard = {
  kind: 'class',
  id: 7,
  name: 'Lớp Diễn Kỷ 1',
  waveName: 'Đợt 1',
  courseTitle: 'Chuyển đổi số',
  expectedMinutesPerDay: 30,
  days: ['2026-11-20', '2026-11-21'],
  learners: rows,
  byPace: { IN_PROGRESS: 1, BEHIND: 1, NOT_STARTED: 1 },
  dailyMinutes: [
    { day: '2026-11-20', workingDay: true, minutes: 60, learnersStudying: 2 },
    { day: '2026-11-21', workingDay: false, minutes: 30, learnersStudying: 2 },
  ],
  units: [],
};

describe('sortAndFilter', () => {
  it('puts the learners who need attention first when sorted by pace', () => {
    expect(sortAndFilter(rows, 'pace', true, 'ALL', '').map((r) => r.learnerId)).toEqual([2, 3, 1]);
  });

  it('sorts by minutes today, descending on the second click', () => {
    expect(sortAndFilter(rows, 'minutesToday', false, 'ALL', '').map((r) => r.learnerId)).toEqual([1, 2, 3]);
  });

  it('filters by pace and by a part of the name, ignoring case', () => {
    expect(sortAndFilter(rows, 'fullName', true, 'BEHIND', '').map((r) => r.learnerId)).toEqual([2]);
    expect(sortAndFilter(rows, 'fullName', true, 'ALL', 'quốc').map((r) => r.learnerId)).toEqual([1]);
  });
});

describe('DashboardView', () => {
  it('shows each learner\'s final-quiz result and offers the class\'s certificates once someone completed', () => {
    const passed = { ...row(4, 'Trần Thị Lan', 'COMPLETED', 0), quizAttempts: 1, quizBestScore: 85, quizPassed: true };
    renderWithI18n(
      <DashboardView
        dashboard={{ ...dashboard, learners: [...rows, passed], byPace: { ...dashboard.byPace, COMPLETED: 1 } }}
        canDownloadCertificates
      />,
    );
    expect(screen.getByTestId('dashboard-quiz-4')).toHaveTextContent('85% — đạt');
    expect(screen.getByTestId('dashboard-quiz-1')).toHaveTextContent('—');
    expect(screen.getByTestId('dashboard-certificates-zip')).toBeInTheDocument();
  });

  it('offers no certificate ZIP to a trainer, whose learners\' dates of birth it would print', () => {
    renderWithI18n(<DashboardView dashboard={{ ...dashboard, byPace: { ...dashboard.byPace, COMPLETED: 1 } }} />);
    expect(screen.queryByTestId('dashboard-certificates-zip')).not.toBeInTheDocument();
  });

  it('offers no certificate ZIP while nobody in the class has completed', () => {
    renderWithI18n(<DashboardView dashboard={dashboard} canDownloadCertificates />);
    expect(screen.queryByTestId('dashboard-certificates-zip')).not.toBeInTheDocument();
  });

  it('shows each learner with their status and filters by a status chip', async () => {
    renderWithI18n(<DashboardView dashboard={dashboard} />);
    expect(screen.getByTestId('dashboard-row-2')).toHaveTextContent('Chậm tiến độ');
    expect(screen.getByTestId('daily-minutes-chart')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('filter-NOT_STARTED'));

    expect(screen.queryByTestId('dashboard-row-2')).not.toBeInTheDocument();
    expect(screen.getByTestId('dashboard-row-3')).toHaveTextContent('Chưa bắt đầu');
  });

  it('enables the reminder button once a learner is selected', async () => {
    renderWithI18n(<DashboardView dashboard={dashboard} />);
    expect(screen.getByTestId('dashboard-remind')).toBeDisabled();

    await userEvent.click(screen.getByTestId('select-2'));

    expect(screen.getByTestId('dashboard-remind')).toBeEnabled();
    expect(screen.getByTestId('dashboard-remind')).toHaveTextContent('Nhắc học (1)');
  });
});
