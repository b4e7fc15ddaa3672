import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import type { ReactNode } from 'react';
import {
  useNominations,
  useProgramme,
  useProgrammeClasses,
  useUnitReport,
  useUnitsWithout,
} from '@/features/training/api/get-programmes';

/**
 * A programme for staff: its completion rule ({@code rule}: the final exam card, composed by the route),
 * classes, nominations in the caller's subtree, who has not nominated, the report.
 */
export function ProgrammeDetail({ programmeId, rule }: { programmeId: number; rule?: ReactNode }) {
  const { t } = useTranslation();
  const programme = useProgramme(programmeId);
  const classes = useProgrammeClasses(programmeId);
  const nominations = useNominations(programmeId);
  const without = useUnitsWithout(programmeId);
  const report = useUnitReport(programmeId);

  if (programme.isPending) return <Spinner />;
  if (programme.error) return <ErrorAlert error={programme.error} />;
  const p = programme.data;

  return (
    <>
      <h1 className="page-title">{p.name}</h1>
      <p className="lead">{p.contentOutline}</p>
      <dl className="facts card">
        <div className="facts__row">
          <dt>{t('training.programme.period')}</dt>
          <dd>
            {p.periodStart} – {p.periodEnd}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('training.programme.deadline')}</dt>
          <dd>{new Date(p.nominationDeadline).toLocaleString()}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('training.programme.limit')}</dt>
          <dd>{p.nominationLimit}</dd>
        </div>
      </dl>
      {report.data && (
        <p className="notice" data-testid="training-report">
          {t('training.programme.report', {
            trained: report.data.trained,
            nominated: report.data.nominated,
            target: report.data.target,
          })}
          {report.data.learnersPerTrained !== null &&
            ` ${t('training.programme.perTrained', { ratio: report.data.learnersPerTrained })}`}
        </p>
      )}
      {rule}
      <h2>{t('training.programme.classes')}</h2>
      <ul className="session-list">
        {classes.data?.map((c) => (
          <li key={c.id} className="card session-list__item">
            <Link to={`/training/classes/${c.id}`}>{c.name}</Link>
            <span className="muted">
              {c.startDate} · {c.venue}
            </span>
          </li>
        ))}
      </ul>
      <h2>{t('training.programme.nominations')}</h2>
      <ul className="participant-list">
        {nominations.data?.map((n) => (
          <li key={n.id} className="participant-list__item">
            <span>{n.fullName}</span>
            <span className="badge">{t(`training.status.${n.status}`)}</span>
          </li>
        ))}
      </ul>
      {without.data && without.data.length > 0 && (
        <>
          <h2>{t('training.programme.without')}</h2>
          <p className="muted">{without.data.map((u) => u.name).join(', ')}</p>
        </>
      )}
    </>
  );
}
