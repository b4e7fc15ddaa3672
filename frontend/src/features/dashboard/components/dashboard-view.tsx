import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { downloadClassCertificates, downloadDashboard, remindLearners, type ReminderOutcome } from '@/features/dashboard/api/get-dashboard';
import { PACES, type Dashboard, type LearnerRow, type Pace } from '@/features/dashboard/api/types';
import { DailyMinutesChart } from '@/features/dashboard/components/daily-minutes-chart';
import { formatDate } from '@/utils/format-date';

type SortKey = 'fullName' | 'unitCode' | 'pace' | 'lecturesCompleted' | 'minutesToday' | 'minutesTotal' | 'quizBestScore' | 'deadline';

const PACE_ORDER: Record<Pace, number> = { OVERDUE: 0, BEHIND: 1, NOT_STARTED: 2, IN_PROGRESS: 3, COMPLETED: 4, WITHDRAWN: 5 };

function compare(a: LearnerRow, b: LearnerRow, key: SortKey): number {
  switch (key) {
    case 'pace':
      return PACE_ORDER[a.pace] - PACE_ORDER[b.pace];
    case 'fullName':
    case 'unitCode':
      return a[key].localeCompare(b[key], 'vi');
    case 'deadline':
      return (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
    case 'quizBestScore':
      return (a.quizBestScore ?? -1) - (b.quizBestScore ?? -1);
    default:
      return a[key] - b[key];
  }
}

/** Sorts and filters a dashboard's learners: by any column, by pace, by a part of the name or unit. */
export function sortAndFilter(rows: LearnerRow[], key: SortKey, ascending: boolean, pace: Pace | 'ALL', query: string) {
  const needle = query.trim().toLocaleLowerCase('vi');
  return rows
    .filter((row) => pace === 'ALL' || row.pace === pace)
    .filter((row) => !needle || `${row.fullName} ${row.unitCode}`.toLocaleLowerCase('vi').includes(needle))
    .sort((a, b) => (ascending ? 1 : -1) * compare(a, b, key));
}

export function PaceBadge({ pace }: { pace: Pace }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--pace-${pace.toLowerCase()}`} data-testid="pace">
      {t(`dashboard.pace.${pace}`)}
    </span>
  );
}

/**
 * rowActions: what the route adds per learner (a trainer's account reset), kept out of this feature.
 * canDownloadCertificates: the ZIP prints dates of birth, so only admins and unit admins get it.
 * initialPace: a staff home's link opens the dashboard already filtered.
 */
export function DashboardView({
  dashboard,
  initialPace = 'ALL',
  rowActions,
  canDownloadCertificates = false,
}: {
  dashboard: Dashboard;
  initialPace?: Pace | 'ALL';
  rowActions?: (row: { learnerId: number; fullName: string }, allLearnerIds: number[]) => ReactNode;
  canDownloadCertificates?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [sortKey, setSortKey] = useState<SortKey>('pace');
  const [ascending, setAscending] = useState(true);
  const [pace, setPace] = useState<Pace | 'ALL'>(initialPace);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reminded, setReminded] = useState<ReminderOutcome | null>(null);
  const [remindError, setRemindError] = useState<unknown>(null);
  const canRemind = dashboard.kind === 'class';
  const toggle = (enrolmentId: number) => {
    const next = new Set(selected);
    if (next.has(enrolmentId)) next.delete(enrolmentId);
    else next.add(enrolmentId);
    setSelected(next);
  };
  const remind = () => {
    setRemindError(null);
    remindLearners(dashboard.id, [...selected])
      .then((outcome) => {
        setReminded(outcome);
        setSelected(new Set());
      })
      .catch(setRemindError);
  };
  // One stable list for the whole table, so a row action's query is shared by every row.
  const allLearnerIds = useMemo(() => dashboard.learners.map((l) => l.learnerId), [dashboard.learners]);
  const rows = useMemo(
    () => sortAndFilter(dashboard.learners, sortKey, ascending, pace, query),
    [dashboard.learners, sortKey, ascending, pace, query],
  );

  const sortBy = (key: SortKey) => {
    if (key === sortKey) setAscending(!ascending);
    else {
      setSortKey(key);
      setAscending(true);
    }
  };
  const header = (key: SortKey) => (
    <th scope="col" aria-sort={sortKey === key ? (ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="table-sort" onClick={() => sortBy(key)} data-testid={`sort-${key}`}>
        {t(`dashboard.column.${key}`)}
        {sortKey === key ? (ascending ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );

  return (
    <>
      <h1 className="page-title" data-testid="dashboard-title">
        {t('dashboard.title', { name: dashboard.name })}
      </h1>
      <p className="lead">
        {dashboard.kind === 'class' ? t('dashboard.ofWave', { wave: dashboard.waveName }) : null}
        {dashboard.courseTitle ? ` ${t('dashboard.course', { course: dashboard.courseTitle })}` : ''}{' '}
        {t('dashboard.expected', { count: dashboard.expectedMinutesPerDay })}
      </p>
      <section className="card">
        <div className="pace-filters" role="group" aria-label={t('dashboard.filterByPace')}>
          <button
            type="button"
            className={pace === 'ALL' ? 'chip chip--active' : 'chip'}
            onClick={() => setPace('ALL')}
            data-testid="filter-ALL"
          >
            {t('dashboard.all', { count: dashboard.learners.length })}
          </button>
          {PACES.map((value) => (
            <button
              key={value}
              type="button"
              className={pace === value ? 'chip chip--active' : 'chip'}
              onClick={() => setPace(value)}
              data-testid={`filter-${value}`}
            >
              {t(`dashboard.pace.${value}`)}: {dashboard.byPace[value] ?? 0}
            </button>
          ))}
        </div>
        <DailyMinutesChart
          days={dashboard.dailyMinutes}
          expectedPerDay={dashboard.expectedMinutesPerDay}
          groupSize={dashboard.learners.length}
        />
      </section>
      <section className="card">
        <div className="inline-form">
          <label className="field">
            <span className="field__label">{t('dashboard.search')}</span>
            <input className="field__input" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="dashboard-search" />
          </label>
          <DownloadButton
            label={t('dashboard.export')}
            download={() => downloadDashboard(dashboard.kind === 'class' ? 'class' : 'wave', dashboard.id)}
            testId="dashboard-export"
          />
          {canDownloadCertificates && dashboard.kind === 'class' && dashboard.byPace.COMPLETED != null && dashboard.byPace.COMPLETED > 0 && (
            <DownloadButton
              label={t('dashboard.certificatesZip')}
              download={() => downloadClassCertificates(dashboard.id)}
              testId="dashboard-certificates-zip"
            />
          )}
          {canRemind && (
            <button
              type="button"
              className="button button--ghost"
              disabled={selected.size === 0}
              onClick={remind}
              data-testid="dashboard-remind"
            >
              {t('dashboard.remind', { count: selected.size })}
            </button>
          )}
        </div>
        {reminded && (
          <p className="notice" data-testid="dashboard-reminded">
            {t('dashboard.reminded', { sent: reminded.sent, already: reminded.alreadyToday })}
          </p>
        )}
        {remindError != null && <ErrorAlert error={remindError} />}
        <div className="table-scroll">
          <table className="table" data-testid="dashboard-table">
            <thead>
              <tr>
                {header('fullName')}
                {header('unitCode')}
                {header('pace')}
                {header('lecturesCompleted')}
                {header('minutesToday')}
                {header('minutesTotal')}
                {header('quizBestScore')}
                {header('deadline')}
                {rowActions && <th scope="col">{t('learners.account.title')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.enrolmentId} data-testid={`dashboard-row-${row.learnerId}`}>
                  {/* The checkbox sits in the name cell: the name is the column kept in view on a phone. */}
                  <td className="table__name">
                    {canRemind && (
                      <input
                        type="checkbox"
                        className="table__select"
                        aria-label={t('dashboard.selectLearner', { name: row.fullName })}
                        checked={selected.has(row.enrolmentId)}
                        onChange={() => toggle(row.enrolmentId)}
                        data-testid={`select-${row.learnerId}`}
                      />
                    )}
                    {row.fullName}
                  </td>
                  <td className="muted">{row.unitCode}</td>
                  <td>
                    <PaceBadge pace={row.pace} />
                  </td>
                  <td>
                    {row.lecturesCompleted}/{row.lecturesTotal}
                  </td>
                  <td>{row.minutesToday}</td>
                  <td>{row.minutesTotal}</td>
                  <td data-testid={`dashboard-quiz-${row.learnerId}`}>
                    {row.quizBestScore != null
                      ? t(row.quizPassed ? 'dashboard.quizPassed' : 'dashboard.quizFailed', { score: row.quizBestScore })
                      : row.quizAttempts > 0
                        ? t('dashboard.quizOpen')
                        : '—'}
                  </td>
                  <td>
                    {row.deadline ? formatDate(row.deadline, i18n.language) : '—'}
                    {row.workingDaysLeft != null && <span className="muted"> ({t('dashboard.daysLeft', { count: row.workingDaysLeft })})</span>}
                  </td>
                  {rowActions && <td>{rowActions(row, allLearnerIds)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows.length === 0 && <p className="muted">{t('dashboard.noneMatch')}</p>}
      </section>
      {dashboard.units.length > 1 && (
        <section className="card" data-testid="dashboard-units">
          <h2 className="card__title">{t('dashboard.units')}</h2>
          {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too (axe). */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.units')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.column.unitCode')}</th>
                  <th scope="col">{t('dashboard.learners')}</th>
                  {PACES.map((value) => (
                    <th scope="col" key={value}>
                      {t(`dashboard.pace.${value}`)}
                    </th>
                  ))}
                  <th scope="col">{t('dashboard.column.minutesToday')}</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.units.map((unit) => (
                  <tr key={unit.unitCode}>
                    <td>{unit.unitCode}</td>
                    <td>{unit.learners}</td>
                    {PACES.map((value) => (
                      <td key={value}>{unit.byPace[value] ?? 0}</td>
                    ))}
                    <td>{unit.minutesToday}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
