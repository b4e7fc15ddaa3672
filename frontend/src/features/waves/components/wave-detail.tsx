import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { enrolUnits, splitIntoClasses, useWaveChange } from '@/features/waves/api/change-wave';
import { useWave, useWaveClasses, useWaveEnrolments } from '@/features/waves/api/get-wave';
import { learnersWithoutAccount, useIssueAccountsForWave } from '@/features/waves/api/issue-accounts-for-wave';
import type { UnitOption } from '@/features/waves/api/types';
import { ClassCard } from '@/features/waves/components/class-card';
import { EnrolmentList } from '@/features/waves/components/enrolment-list';
import { StatusCounts } from '@/features/waves/components/status-counts';
import { formatDate } from '@/utils/format-date';

/**
 * A wave: its figures, enrolling units and splitting into classes (for managers), its classes and
 * learners; `settings` (e.g. the final quiz's window, from another feature) below the managers' card.
 */
export function WaveDetail({
  waveId,
  units,
  canManage,
  settings,
}: {
  waveId: number;
  units: UnitOption[];
  canManage: boolean;
  settings?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const wave = useWave(waveId);
  const classes = useWaveClasses(waveId);
  const enrolments = useWaveEnrolments(waveId);
  const [unitId, setUnitId] = useState<number | ''>('');
  const enrol = useWaveChange((id: number) => enrolUnits(waveId, [id]));
  const split = useWaveChange(() => splitIntoClasses(waveId, 36));
  const issue = useIssueAccountsForWave();
  const navigate = useNavigate();
  const waiting = learnersWithoutAccount(enrolments.data ?? []);

  if (wave.isPending) return <Spinner />;
  if (wave.error) return <ErrorAlert error={wave.error} onRetry={() => void wave.refetch()} />;
  const w = wave.data;

  return (
    <>
      <h1 className="page-title" data-testid="wave-title">
        {w.name}
      </h1>
      <section className="card">
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('waves.open.openingDate')}</dt>
            <dd>{formatDate(w.openingDate, i18n.language)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('waves.enrolled')}</dt>
            <dd data-testid="wave-enrolled">
              {w.enrolled} / {w.capacity}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('waves.open.deadlineDays')}</dt>
            <dd>{w.deadlineWorkingDays}</dd>
          </div>
        </dl>
        <StatusCounts counts={w.byStatus} />
        <p>
          <Link to={`/waves/${w.id}/dashboard`} data-testid="wave-dashboard-link">
            {t('waves.dashboard')}
          </Link>
        </p>
      </section>

      {canManage && (
        <section className="card">
          <h2 className="card__title">{t('waves.enrol.title')}</h2>
          <label className="field">
            <span className="field__label">{t('waves.enrol.unit')}</span>
            <select
              className="field__input"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value === '' ? '' : Number(e.target.value))}
              data-testid="enrol-unit"
            >
              <option value="">{t('waves.enrol.choose')}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {'\u00a0'.repeat(unit.depth * 2)}
                  {unit.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={unitId === '' || enrol.isPending}
            onClick={() => unitId !== '' && enrol.mutate(unitId)}
          >
            {t('waves.enrol.submit')}
          </button>
          {enrol.data && (
            <p className="notice" data-testid="enrol-result">
              {t('waves.enrol.result', enrol.data)}
            </p>
          )}
          {enrol.error && <ErrorAlert error={enrol.error} />}
          <button type="button" className="button button--ghost" disabled={split.isPending} onClick={() => split.mutate(undefined)}>
            {t('waves.classes.split')}
          </button>
          {split.error && <ErrorAlert error={split.error} />}
          {waiting.length > 0 && (
            <button
              type="button"
              className="button"
              disabled={issue.isPending}
              onClick={() => issue.mutate(waiting, { onSuccess: (job) => void navigate(`/accounts?job=${job.id}`) })}
              data-testid="wave-issue-accounts"
            >
              {t('waves.issueAccounts', { count: waiting.length })}
            </button>
          )}
          {issue.error && <ErrorAlert error={issue.error} />}
        </section>
      )}

      {settings}

      <h2>{t('waves.classes.title')}</h2>
      {classes.data?.length === 0 && <p className="muted">{t('waves.classes.none')}</p>}
      {classes.data?.map((waveClass) => (
        <ClassCard key={waveClass.id} waveClass={waveClass} editable={canManage} />
      ))}

      <h2>{t('waves.learners')}</h2>
      {enrolments.error && <ErrorAlert error={enrolments.error} />}
      {enrolments.data && <EnrolmentList rows={enrolments.data} />}
    </>
  );
}
